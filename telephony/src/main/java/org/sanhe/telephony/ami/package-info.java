/**
 * The Asterisk Manager Interface wire format: packets of {@code Name: value} lines ended by CRLF and closed by an
 * empty line, plus the one-line greeting. This is the single codec of the project: the PBX simulator writes and reads
 * through it, and the protocol tests check bytes with it. The adapter itself talks through Asterisk-Java and does not
 * use this package.
 */
package org.sanhe.telephony.ami;
