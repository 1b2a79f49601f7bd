package io.adtopo.core.checks;

/** The checks of a server object's chain to its computer account (MS-ADTS 6.1.2.1, MS-DRSR 2.2.3.2). */
public enum Check {
    /** 1: a server object with NTDS Settings has no serverReference. */
    SERVER_REFERENCE_MISSING("ADTOPO-1", Severity.ERROR, "serverReference missing"),
    /** 2: serverReference names an object that does not exist or is deleted. */
    SERVER_REFERENCE_DANGLING("ADTOPO-2", Severity.ERROR, "serverReference names no object"),
    /** 3: serverReference names something that is not a domain controller's computer account. */
    SERVER_REFERENCE_NOT_DC("ADTOPO-3", Severity.ERROR, "serverReference names no DC account"),
    /** 4: dNSHostName differs between the server object and the computer. */
    HOST_NAME_MISMATCH("ADTOPO-4", Severity.WARNING, "dNSHostName differs"),
    /** 5: the computer lacks the replication SPN (or a global catalog's GC SPN). */
    SPN_MISSING("ADTOPO-5", Severity.ERROR, "SPN missing"),
    /** 6: two server objects reference the same computer. */
    COMPUTER_SHARED("ADTOPO-6", Severity.WARNING, "computer referenced twice"),
    /** 7: two DCs' copies of the same server object disagree on serverReference. */
    COPIES_DISAGREE("ADTOPO-7", Severity.ERROR, "DCs' copies disagree");

    private final String id;
    private final Severity severity;
    private final String title;

    Check(String id, Severity severity, String title) {
        this.id = id;
        this.severity = severity;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    public String title() {
        return title;
    }
}
