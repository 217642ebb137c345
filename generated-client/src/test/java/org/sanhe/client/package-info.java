/**
 * The console's API as a third party sees it: only the OpenAPI document, and a Java client generated from it at build
 * time ({@code org.sanhe.client.api}, {@code .model}, {@code .invoker}: openapi-generator's {@code java} generator,
 * library {@code native}, the JDK's HttpClient with Jackson). The tests here drive the real server through that
 * client alone, so a document that a generated client cannot use on real data fails the build. Test only: nothing in
 * this module is shipped.
 */
package org.sanhe.client;
