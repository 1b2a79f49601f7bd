package io.adtopo.core.topology;

import java.util.List;

/**
 * The object a server object's serverReference names (normally the DC's computer account, see
 * {@link #isComputer()}): its host name, SPNs and account kind.
 */
public final class ComputerAccount extends DirectoryObject {

    /** UF_SERVER_TRUST_ACCOUNT: a writable domain controller's account. */
    public static final int UF_SERVER_TRUST_ACCOUNT = 0x2000;
    /** UF_PARTIAL_SECRETS_ACCOUNT: a read-only domain controller's account. */
    public static final int UF_PARTIAL_SECRETS_ACCOUNT = 0x4000000;
    /** UF_WORKSTATION_TRUST_ACCOUNT: a member computer. */
    public static final int UF_WORKSTATION_TRUST_ACCOUNT = 0x1000;

    private final String dnsHostName;
    private final List<String> servicePrincipalNames;
    private final int userAccountControl;
    private final List<String> serverReferenceBacklinks;
    private final boolean computer;

    public ComputerAccount(String dn, boolean computer, String dnsHostName, List<String> servicePrincipalNames,
            int userAccountControl, List<String> serverReferenceBacklinks) {
        super(dn);
        this.computer = computer;
        this.dnsHostName = dnsHostName == null ? "" : dnsHostName;
        this.servicePrincipalNames = List.copyOf(servicePrincipalNames);
        this.userAccountControl = userAccountControl;
        this.serverReferenceBacklinks = List.copyOf(serverReferenceBacklinks);
    }

    public String dnsHostName() {
        return dnsHostName;
    }

    public List<String> servicePrincipalNames() {
        return servicePrincipalNames;
    }

    public int userAccountControl() {
        return userAccountControl;
    }

    /** serverReferenceBL: the server objects that reference this computer. */
    public List<String> serverReferenceBacklinks() {
        return serverReferenceBacklinks;
    }

    /** False when the object is not a computer at all (a serverReference can name any object). */
    public boolean isComputer() {
        return computer;
    }

    /** A domain controller's account: writable (SERVER_TRUST_ACCOUNT) or read-only (PARTIAL_SECRETS_ACCOUNT). */
    public boolean isDomainControllerAccount() {
        return computer && (userAccountControl & (UF_SERVER_TRUST_ACCOUNT | UF_PARTIAL_SECRETS_ACCOUNT)) != 0;
    }

    /** True when the computer carries the SPN (SPNs compare without regard to case). */
    public boolean hasSpn(String spn) {
        for (String value : servicePrincipalNames) {
            if (value.equalsIgnoreCase(spn)) {
                return true;
            }
        }
        return false;
    }
}
