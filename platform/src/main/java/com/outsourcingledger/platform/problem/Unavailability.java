package com.outsourcingledger.platform.problem;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means a store the ledger needs (the database, Axon Server) cannot be reached: the request
 * is answered 503 with Retry-After, since nothing the client did was wrong and nothing was changed.
 */
public final class Unavailability {

    public static final int RETRY_AFTER_SECONDS = 5;

    /** Axon Server's codes for "not reachable now": CONNECTION_FAILED, NO_EVENT_STORE_MASTER_AVAILABLE. */
    private static final java.util.List<String> AXON_SERVER_UNREACHABLE = java.util.List.of("AXONIQ-3001", "AXONIQ-2100");

    private Unavailability() {
    }

    public static boolean isUnavailable(Throwable failure) {
        return cause(failure) != null;
    }

    public static String describe(Throwable failure) {
        Throwable cause = cause(failure);
        return cause == null ? String.valueOf(failure) : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private static Throwable cause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException) {
                return cause;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().equals("57P01")
                    || sql.getSQLState().equals("57P03"))) {
                return cause;
            }
            String message = String.valueOf(cause.getMessage());
            if (cause.getClass().getName().equals("io.grpc.StatusRuntimeException") && message.startsWith("UNAVAILABLE")) {
                return cause;
            }
            // Through Axon Server only the message of a failure crosses, with the server's error code in it.
            if (AXON_SERVER_UNREACHABLE.stream().anyMatch(message::contains)) {
                return cause;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
