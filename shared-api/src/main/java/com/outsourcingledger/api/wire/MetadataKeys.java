package com.outsourcingledger.api.wire;

/** Metadata every event carries; part of the wire format that auditors and integrators rely on. */
public final class MetadataKeys {

    /** Login of the user who caused the event, or {@link #SYSTEM_USER} for deadlines. */
    public static final String USER = "user";
    /** Department of that user; absent for the system user. */
    public static final String DEPARTMENT = "department";
    /** The vendor a vendor user (role VENDOR) acts for; absent for internal users. */
    public static final String VENDOR = "vendor";
    /** The originating request (X-Request-Id, or generated); shared by everything that request caused. */
    public static final String CORRELATION_ID = "correlationId";
    /** Identifier of the message (command, event or deadline) that directly caused this one. */
    public static final String CAUSATION_ID = "causationId";
    /** Simple name of the command that caused this event, when a command did. */
    public static final String COMMAND = "command";

    public static final String SYSTEM_USER = "system";

    private MetadataKeys() {
    }
}
