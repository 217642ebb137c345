/**
 * Incidents handed between centres as NENA EIDOs (issue 18): {@code GET /api/v1/incidents/{id}/eido} writes one of
 * the read model's incidents as an EIDO ({@link org.sanhe.console.eido.EidoExport} copies the views the writer
 * needs), {@code POST /api/v1/incidents/eido} reads a partner's EIDO and journals an {@code ImportIncident}, which
 * opens an incident keeping the partner's ids, or updates the one the same document id opened before. The EIDO
 * format itself lives in the {@code interop} module.
 */
package org.sanhe.console.eido;
