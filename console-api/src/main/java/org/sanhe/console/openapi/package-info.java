/**
 * The OpenAPI 3 description of the console API, written by hand in {@code openapi.json} beside this package's
 * classes and kept complete by a test that compares it with the routes served.
 */
package org.sanhe.console.openapi;
