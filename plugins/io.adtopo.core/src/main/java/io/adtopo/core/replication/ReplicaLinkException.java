package io.adtopo.core.replication;

/**
 * A repsFrom or msDS-NCReplInboundNeighbors value could not be read. The message names the DC, the naming
 * context and, for binary values, the byte offset where reading went wrong.
 */
public final class ReplicaLinkException extends Exception {

    private static final long serialVersionUID = 1L;

    /** {@link #offset()} of problems that have no byte position (XML values). */
    public static final int NO_OFFSET = -1;

    private final String dcName;
    private final String namingContext;
    private final int offset;
    private final String problem;

    private ReplicaLinkException(String message, String dcName, String namingContext, int offset, String problem,
            Throwable cause) {
        super(message, cause);
        this.dcName = dcName;
        this.namingContext = namingContext;
        this.offset = offset;
        this.problem = problem;
    }

    /** A problem at byte {@code offset} of a repsFrom value. */
    static ReplicaLinkException atByte(String dcName, String namingContext, int offset, String problem) {
        return atByte(dcName, namingContext, offset, problem, null);
    }

    static ReplicaLinkException atByte(String dcName, String namingContext, int offset, String problem,
            Throwable cause) {
        String dc = name(dcName, "an unnamed DC");
        String nc = name(namingContext, "an unnamed naming context");
        return new ReplicaLinkException("The repsFrom value of " + nc + " on " + dc + " cannot be read at byte "
                + offset + ": " + problem, dc, nc, offset, problem, cause);
    }

    /** A problem in an msDS-NCReplInboundNeighbors value; {@code where} is a line and column or an element. */
    static ReplicaLinkException inXml(String dcName, String namingContext, String where, String problem,
            Throwable cause) {
        String dc = name(dcName, "an unnamed DC");
        String nc = name(namingContext, "an unknown naming context");
        return new ReplicaLinkException("The msDS-NCReplInboundNeighbors value of " + nc + " on " + dc
                + " cannot be read (" + where + "): " + problem, dc, nc, NO_OFFSET, problem, cause);
    }

    public String dcName() {
        return dcName;
    }

    public String namingContext() {
        return namingContext;
    }

    /** The byte where reading went wrong, or {@link #NO_OFFSET}. */
    public int offset() {
        return offset;
    }

    /** What was wrong, without the DC, naming context and offset. */
    public String problem() {
        return problem;
    }

    private static String name(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
