/**
 * Public warnings at the console: a warning system (a supervisor, or a machine account with the {@code alert-feed}
 * role) posts CAP 1.2 documents, which are read and checked at this edge ({@code interop}'s {@code CapReader}) and
 * journaled as {@code ReceiveAlert} commands; the active alerts, with the districts they touch, are read from the
 * read model and carried by the stream.
 */
package org.sanhe.console.alert;
