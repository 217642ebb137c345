package org.sanhe.interop.eido;

/**
 * The {@code $id}s we mint, all under the centre's id, so that the same incident (call, unit, note...) always gets
 * the same ones: the document is {@code urn:emergency:uid:incidentid:<incident>:<centre>} and a call
 * {@code urn:emergency:uid:callid:<call>:<centre>} (NENA's forms, as in its sample); the other components hang off
 * the document's id. Stateless.
 */
final class EidoIds {

    private final String centreId;
    private final String document;

    EidoIds(String centreId, long incidentId) {
        this.centreId = centreId;
        this.document = "urn:emergency:uid:incidentid:" + incidentId + ":" + centreId;
    }

    String document() {
        return document;
    }

    String incident() {
        return document + ":incident";
    }

    String location() {
        return document + ":location";
    }

    String disposition() {
        return document + ":disposition";
    }

    /** A call of ours, or the partner's call id as it came (already a URN of theirs). */
    String call(String callId) {
        return callId.startsWith("urn:") ? callId : "urn:emergency:uid:callid:" + callId + ":" + centreId;
    }

    String callback(String callId) {
        return call(callId) + ":callback";
    }

    String note(int index) {
        return document + ":note:" + index;
    }

    String unit(String unitId) {
        return "urn:emergency:uid:unitid:" + unitId + ":" + centreId;
    }

    String dispatch(String unitId) {
        return document + ":dispatch:" + unitId;
    }

    /** The PSAP itself. */
    String centre() {
        return centreId;
    }

    /** One of our agencies, e.g. {@code fire.110.xian.example}. */
    String agency(String agency) {
        return agency + "." + centreId;
    }

    /** A user of ours, e.g. {@code dispatcher@110.xian.example}. */
    String agent(String username) {
        return username + "@" + centreId;
    }
}
