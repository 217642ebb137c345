/** Signing in: {@code POST /api/v1/sessions} checks a password (off the event loop) and issues a bearer token. */
package org.sanhe.console.session;
