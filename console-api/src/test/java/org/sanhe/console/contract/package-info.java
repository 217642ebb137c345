/**
 * The API contract as a test oracle: the served OpenAPI document ({@code openapi.json}) decides whether a reply the
 * server gave is one it promised. The console's API tests send every request through {@code ApiClient}, which hands
 * each reply to {@link org.sanhe.console.contract.ApiContract}; the server module's end-to-end tests do the same, so a
 * drift between the server and its document fails a test instead of a centre's integrator.
 */
package org.sanhe.console.contract;
