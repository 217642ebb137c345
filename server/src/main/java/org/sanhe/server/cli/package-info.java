/**
 * The command line of the server jar (picocli): {@code serve} (the default), the auditor's {@code journal ...}
 * commands, usable on a copy of a journal while the server runs elsewhere, and {@code simulate-pbx}.
 */
package org.sanhe.server.cli;
