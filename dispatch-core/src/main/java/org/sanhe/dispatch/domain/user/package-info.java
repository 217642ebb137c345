/**
 * Users of the console as journaled data: the configuration defines who exists, with which roles and first
 * password; a supervisor may reset a password, and that reset is a journaled command like any other, so it
 * survives a restart and a replay. The centre keeps each user's password hash (the console checks sign-ins against
 * it) but no event carries a hash. These rules live in {@link UserDesk}, the only code that changes the
 * {@link UserDirectory}.
 */
package org.sanhe.dispatch.domain.user;
