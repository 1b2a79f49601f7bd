package io.adtopo.core.checks;

/** How bad a problem is: an error breaks replication, a warning will or may. */
public enum Severity {
    ERROR, WARNING, INFO
}
