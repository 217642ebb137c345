package org.sanhe.console.http;

import java.util.concurrent.CompletionStage;

/**
 * Serves one route. Called on the channel's event loop; must not block. Work on the core goes through the runtime's
 * futures, whose dependent stages are moved back to {@link ApiRequest#executor()}. Throw (or complete with)
 * {@link ApiError} for a request that cannot be served.
 */
@FunctionalInterface
public interface RouteHandler {

    CompletionStage<ApiReply> handle(ApiRequest request);
}
