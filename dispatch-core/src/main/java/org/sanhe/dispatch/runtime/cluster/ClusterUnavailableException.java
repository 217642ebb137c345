package org.sanhe.dispatch.runtime.cluster;

/**
 * The cluster did not answer a command before its deadline (no leader reachable, or no majority): the command may or
 * may not have been applied. Retrying it with a new correlation id may apply it twice; the gateway's own retries,
 * with the same correlation id, never do.
 */
public final class ClusterUnavailableException extends RuntimeException {

    public ClusterUnavailableException(String message) {
        super(message);
    }
}
