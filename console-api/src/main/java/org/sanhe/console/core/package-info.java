/**
 * The console's way into the dispatch core: submitting a user's command and mapping a refusal to its HTTP answer,
 * and reading the console's read model once it holds what the request must see, with every dependent stage on the
 * request's event loop. Nothing here runs on the core's thread.
 */
package org.sanhe.console.core;
