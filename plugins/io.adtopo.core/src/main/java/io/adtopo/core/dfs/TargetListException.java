package io.adtopo.core.dfs;

/** An msDFS-TargetListv2 value could not be read; the message says why in words a user can act on. */
public final class TargetListException extends Exception {

    private static final long serialVersionUID = 1L;

    public TargetListException(String message) {
        super(message);
    }

    public TargetListException(String message, Throwable cause) {
        super(message, cause);
    }
}
