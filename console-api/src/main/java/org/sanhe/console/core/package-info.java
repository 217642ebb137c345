/**
 * The console's way into the dispatch core: submitting a user's command and mapping a refusal to its HTTP answer,
 * and reading the live centre, with every dependent stage moved back to the request's event loop.
 */
package org.sanhe.console.core;
