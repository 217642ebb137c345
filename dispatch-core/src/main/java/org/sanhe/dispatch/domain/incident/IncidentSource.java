package org.sanhe.dispatch.domain.incident;

/**
 * Where an imported incident came from, kept as a reference: the ids another centre gave it in the document it sent
 * (for NENA EIDO, the document's {@code $id}, its {@code issuingElementIdentification}, the owning agency and the
 * partner's own incident id). A second import with the same {@code documentId} updates the incident the first one
 * opened.
 *
 * @param documentId the source document's id (EIDO {@code $id}); never blank (checked by {@code ImportIncident})
 * @param issuer     the functional element that issued it, or null
 * @param agency     the agency that last updated it, or null
 * @param incidentId the partner's own id of the incident, or null
 */
public record IncidentSource(String documentId, String issuer, String agency, String incidentId) {
}
