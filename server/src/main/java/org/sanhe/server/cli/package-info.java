/**
 * The command line of the server jar (picocli): {@code serve} (the default), the auditor's {@code journal ...}
 * commands, usable on a copy of a journal while the server runs elsewhere, {@code simulate-pbx} (the PBX
 * simulator on its own) and {@code hash-password} (for the configuration's users).
 */
package org.sanhe.server.cli;
