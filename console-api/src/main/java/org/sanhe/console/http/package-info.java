/**
 * The HTTP edge: the Netty handler that authenticates each request, finds its route, checks the role matrix, runs
 * the route and writes its JSON reply (or a JSON error, never a stack trace) or a part of a file streamed from the
 * disk ({@link org.sanhe.console.http.FilePart}, with {@link org.sanhe.console.http.ByteRange} for {@code Range}
 * requests), the router, the body limit, and the validated reading of JSON input.
 */
package org.sanhe.console.http;
