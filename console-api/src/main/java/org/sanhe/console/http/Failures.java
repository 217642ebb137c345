package org.sanhe.console.http;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.sanhe.dispatch.runtime.sequencer.JournalWriteException;
import org.sanhe.dispatch.runtime.cluster.ClusterUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a failure means to the client. Everything maps to a JSON error; only our own bugs are a 500. */
public final class Failures {

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    private Failures() {
    }

    public static ApiError toApiError(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof ApiError e) {
            return e;
        }
        if (cause instanceof JournalWriteException) {
            LOG.warn("the journal cannot be written: {}", cause.getMessage());
            return new ApiError(503, "JOURNAL_UNAVAILABLE", "the journal cannot be written (" + cause.getMessage()
                    + "); nothing was done, try again later", null);
        }
        if (cause instanceof ClusterUnavailableException) {
            LOG.warn("the cluster did not answer: {}", cause.getMessage());
            return new ApiError(503, "CLUSTER_UNAVAILABLE", "the cluster did not answer in time (no leader or no "
                    + "majority); the command may or may not have been applied: read before trying again", null);
        }
        if (cause instanceof IllegalArgumentException) {
            return new ApiError(400, "INVALID_INPUT", String.valueOf(cause.getMessage()), null);
        }
        if (cause instanceof IllegalStateException && String.valueOf(cause.getMessage()).contains("not running")) {
            return new ApiError(503, "CORE_STOPPED", "the dispatch core is not running", null);
        }
        LOG.error("unexpected failure serving a request", cause);
        return new ApiError(500, "INTERNAL", "unexpected failure; it was logged", null);
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
