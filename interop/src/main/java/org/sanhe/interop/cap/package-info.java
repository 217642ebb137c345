/**
 * CAP 1.2 (OASIS Common Alerting Protocol): the public warnings (weather, earthquake, flood, fire) that reach a centre
 * from a national early-warning system or a neighbouring agency. {@link org.sanhe.interop.cap.CapReader} turns one
 * CAP document into a {@link org.sanhe.interop.cap.CapAlert}, or refuses it with a reason a sender can act on: the
 * document is parsed without DOCTYPEs or external entities, validated against the OASIS schema ({@code cap12.xsd},
 * vendored beside this package with its licence), then checked for what the schema cannot say (a polygon closes, a
 * circle's radius is not negative, an update names what it updates). {@link org.sanhe.interop.cap.AlertDistricts}
 * says which of the city's districts an alert's areas touch; {@link org.sanhe.interop.cap.CapAlertAdapter} turns
 * a document into the core's journaled {@code ReceiveAlert} command.
 */
package org.sanhe.interop.cap;
