/**
 * NENA EIDO (Emergency Incident Data Object, NENA-STA-021.1b): the JSON document one centre sends another about an
 * incident. {@link org.sanhe.interop.eido.EidoWriter} writes one of our incidents (an {@link
 * org.sanhe.interop.eido.EidoIncident}, built by the console from its read model) as one EIDO whose component
 * {@code $id}s are URNs that stay the same for the same incident; {@link org.sanhe.interop.eido.EidoReader} validates
 * a received document against NENA's schema ({@link org.sanhe.interop.eido.EidoSchema}, vendored beside this package
 * from NENA911/EIDO-JSON) and maps it to an {@link org.sanhe.interop.eido.EidoImport}: the source's ids, a type of
 * ours (through the configured table, else the configured default), the location read from the PIDF-LO
 * ({@link org.sanhe.interop.eido.PidfLocation}), and the partner's calls and notes. Nothing here touches the core.
 */
package org.sanhe.interop.eido;
