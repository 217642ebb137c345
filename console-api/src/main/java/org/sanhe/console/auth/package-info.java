/**
 * Who may do what: user accounts with salted PBKDF2 password hashes, the four roles of the centre and the
 * permissions each grants (the role matrix), bearer-token sessions that expire, and the throttle that slows down
 * repeated failed logins.
 */
package org.sanhe.console.auth;
