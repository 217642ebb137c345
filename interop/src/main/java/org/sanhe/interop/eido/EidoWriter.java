package org.sanhe.interop.eido;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.incident.Note;
import org.sanhe.dispatch.domain.incident.ReportedCall;

/**
 * Writes one of our incidents as one NENA EIDO (version 1.0): the incident component (type, status, priority,
 * disposition), a call component per call (with a callback component for the caller's number), the location in
 * WGS-84 as a PIDF-LO, an agency component for the centre (the PSAP) and each agency involved, an emergency resource
 * and a dispatch component per unit serving it, a notes component per note and an agent component per person who
 * acted (answered a call, wrote a note). {@code $id}s come from {@link EidoIds}: the same incident always gets the
 * same ones. Writes only keys NENA's schema names (a test walks the output against it). Stateless and thread-safe.
 */
public final class EidoWriter {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The internal status that follows a released unit's last status there. */
    public static final String RELEASED = "RELEASED";

    /** Our unit statuses in NENA's primary unit status registry's words. */
    private static final Map<String, String> UNIT_STATUS = Map.of("AVAILABLE", "Available", "DISPATCHED",
            "Dispatched", "EN_ROUTE", "Enroute", "ON_SCENE", "On Scene", "RETURNING", "Returning",
            "OUT_OF_SERVICE", "Out of Service");
    /** Our agencies as IANA {@code urn:emergency:service:responder} types (without the prefix). */
    private static final Map<String, String> AGENCY_TYPE = Map.of("police", "police", "traffic", "police",
            "fire", "fire", "ems", "ems", "ambulance", "ems");

    private final String centreId;

    public EidoWriter(String centreId) {
        this.centreId = centreId;
    }

    /** The incident as an EIDO document. */
    public ObjectNode write(EidoIncident incident) {
        EidoIds ids = new EidoIds(centreId, incident.id());
        Map<String, Set<String>> agents = agents(incident, ids);
        long updated = incident.updatedAt();
        ObjectNode doc = prologue(ids.document(), updated, ids);
        doc.put("eidoVersion", "1.0");
        doc.put("issuingElementIdentification", centreId);
        doc.set("incidentComponent", incidentComponent(incident, ids, agents.keySet(), updated));
        ArrayNode calls = doc.putArray("callComponent");
        ArrayNode callbacks = JSON.createArrayNode();
        for (ReportedCall call : incident.calls()) {
            calls.add(callComponent(call, ids, callbacks));
        }
        if (!callbacks.isEmpty()) {
            doc.set("callbackComponent", callbacks);
        }
        ObjectNode location = prologue(ids.location(), incident.openedAt(), ids);
        location.put("locationTypeDescriptionRegistryText", "Incident");
        location.put("locationByValue", new PidfLocation(incident.location(), incident.address())
                .toXml("pres:" + ids.document()));
        doc.putArray("locationComponent").add(location);
        doc.set("agencyComponent", agencies(incident, ids, updated));
        units(doc, incident, ids);
        ArrayNode notes = doc.putArray("notesComponent");
        for (int k = 0; k < incident.notes().size(); k++) {
            Note note = incident.notes().get(k);
            ObjectNode n = prologue(ids.note(k), note.at(), ids);
            n.set("updatedByAgentReference", ref(agent(note.author(), ids)));
            n.put("notesActionComments", html(note.text()));
            n.set("agentReference", ref(agent(note.author(), ids)));
            notes.add(n);
        }
        ArrayNode agentComponents = doc.putArray("agentComponent");
        agents.forEach((agent, roles) -> {
            ObjectNode a = prologue(agent, updated, ids);
            roles.forEach(a.putArray("agentRoleRegistryText")::add);
            a.set("agencyReference", ref(agent.endsWith("@" + centreId) ? ids.centre()
                    : agent.substring(agent.indexOf('@') + 1)));
            agentComponents.add(a);
        });
        return doc;
    }

    private ObjectNode incidentComponent(EidoIncident incident, EidoIds ids, Set<String> agents, long updated) {
        ObjectNode c = prologue(ids.incident(), updated, ids);
        c.put("incidentTypeInternalCode", incident.type());
        if (incident.typeName() != null) {
            c.put("incidentTypeInternalText", incident.typeName());
        }
        c.put("incidentTypeCommonRegistryText", incident.type());
        c.putArray("incidentStatusInternalText").add(incident.open() ? "OPEN" : "CLOSED");
        c.putArray("incidentStatusCommonRegistryText").add(incident.open() ? "Active" : "Closed");
        c.put("internalIncidentId", Long.toString(incident.id()));
        agents.forEach(a -> c.withArray("agentReference").add(ref(a)));
        c.putArray("locationReference").add(ref(ids.location()));
        c.put("incidentPriorityInternalText", "P" + incident.priority());
        c.put("incidentCommonPriorityNumber", incident.priority());
        if (incident.district() != null) {
            c.put("beatOrDispatchGroupText", incident.district());
        }
        if (incident.disposition() != null) {
            ObjectNode d = prologue(ids.disposition(), incident.closedAt(), ids);
            d.put("dispositionCommonRegistryCode", incident.disposition());
            d.put("dispositionPrimaryIndicator", true);
            c.putArray("dispositionComponent").add(d);
        }
        for (int k = 0; k < incident.notes().size(); k++) {
            c.withArray("notesReference").add(ref(ids.note(k)));
        }
        return c;
    }

    private ObjectNode callComponent(ReportedCall call, EidoIds ids, ArrayNode callbacks) {
        ObjectNode c = prologue(ids.call(call.id()), Math.max(call.startedAt(), call.answeredAt()), ids);
        if (call.line() != null) {
            c.put("queueIdentifier", call.line());
        }
        c.put("standardPrimaryCallType", "emergency");
        c.put("direction", "incoming");
        c.put("callStartTimestamp", time(call.startedAt()));
        if (call.answeredAt() != 0) {
            c.put("answerDate", time(call.answeredAt()));
        }
        c.put("callStateRegistryText", call.answeredAt() != 0 ? "callAnswered" : "callQueued");
        if (call.caller() != null) {
            ObjectNode back = prologue(ids.callback(call.id()), call.startedAt(), ids);
            back.putArray("callBackInformationUri").add(call.caller().contains(":") ? call.caller()
                    : "tel:" + call.caller());
            callbacks.add(back);
            c.set("callBackReference", ref(ids.callback(call.id())));
        }
        if (call.answeredBy() != null) {
            c.putArray("agentReference").add(ref(agent(call.answeredBy(), ids)));
        }
        return c;
    }

    private ArrayNode agencies(EidoIncident incident, EidoIds ids, long updated) {
        ArrayNode agencies = JSON.createArrayNode();
        ObjectNode psap = prologue(ids.centre(), updated, ids);
        psap.putArray("agencyRoleDescriptionRegistryText").add("CallReceiving").add("Dispatching");
        psap.putArray("agencyType").add("psap");
        psap.put("incidentOwningAgencyIndicator", incident.source() == null);
        agencies.add(psap);
        for (String agency : incident.agencies()) {
            ObjectNode a = prologue(ids.agency(agency), updated, ids);
            a.putArray("agencyRoleDescriptionRegistryText").add("Responding");
            a.putArray("agencyType").add(AGENCY_TYPE.getOrDefault(agency, agency));
            agencies.add(a);
        }
        return agencies;
    }

    /**
     * A resource and a dispatch component per unit the incident had: a released unit keeps the last status it
     * reported there, with {@code RELEASED} after it among the internal statuses, and is no longer active on it; the
     * resource's time is the unit's last change there, the dispatch's when it was sent.
     */
    private void units(ObjectNode doc, EidoIncident incident, EidoIds ids) {
        ArrayNode resources = doc.putArray("emergencyResourceComponent");
        ArrayNode dispatches = doc.putArray("dispatchComponent");
        for (EidoIncident.Unit unit : incident.units()) {
            ObjectNode r = prologue(ids.unit(unit.id()), unit.updatedAt(), ids);
            r.put("emergencyResourceTypeCommonRegistryText", AGENCY_TYPE.getOrDefault(unit.agency(), unit.agency()));
            r.put("emergencyResourceTypeInternalText", unit.agency());
            r.putArray("resourceAttributeRegistryText");
            unit.capabilities().forEach(r.putArray("resourceAttributeInternalText")::add);
            r.put("emergencyResourceName", unit.callSign());
            r.put("primaryUnitStatusRegistryText", UNIT_STATUS.getOrDefault(unit.status(), unit.status()));
            r.putArray("secondaryUnitStatusRegistryText");
            ArrayNode internal = r.putArray("unitStatusInternal").add(unit.status());
            if (!unit.serving()) {
                internal.add(RELEASED);
            }
            r.putArray("agentReference");
            if (unit.serving()) {
                r.put("activeOnIncidentId", ids.document());
            }
            resources.add(r);
            ObjectNode d = prologue(ids.dispatch(unit.id()), unit.assignedAt(), ids);
            d.set("agencyReference", ref(ids.agency(unit.agency())));
            d.putArray("emergencyResourceReference").add(ref(ids.unit(unit.id())));
            dispatches.add(d);
        }
    }

    /** Everyone who acted, in order of first appearance, with the roles they acted in. */
    private Map<String, Set<String>> agents(EidoIncident incident, EidoIds ids) {
        Map<String, Set<String>> agents = new LinkedHashMap<>();
        for (ReportedCall call : incident.calls()) {
            if (call.answeredBy() != null) {
                agents.computeIfAbsent(agent(call.answeredBy(), ids), a -> new LinkedHashSet<>()).add("Call Taking");
            }
        }
        for (Note note : incident.notes()) {
            agents.computeIfAbsent(agent(note.author(), ids), a -> new LinkedHashSet<>()).add("Dispatching");
        }
        return agents;
    }

    private static String agent(Actor actor, EidoIds ids) {
        return agent(actor.id(), ids);
    }

    /** Ours become {@code name@centre}; a partner's agent (already {@code name@theirs}) stays as it came. */
    private static String agent(String id, EidoIds ids) {
        return id.contains("@") ? id : ids.agent(id);
    }

    private ObjectNode prologue(String id, long updated, EidoIds ids) {
        ObjectNode node = JSON.createObjectNode();
        node.put("$id", id);
        node.put("lastUpdateTimeStamp", time(updated));
        node.set("updatedByAgencyReference", ref(ids.centre()));
        return node;
    }

    private static ObjectNode ref(String id) {
        return JSON.createObjectNode().put("$ref", id);
    }

    static String time(long millis) {
        return Instant.ofEpochMilli(millis).toString();
    }

    /** Notes are plain text here; NENA's are HTML5. */
    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The agencies involved: those of the response plan and of the units, each once, in that order. */
    public static List<String> agencies(List<String> planned, List<String> serving) {
        Set<String> all = new LinkedHashSet<>(planned);
        all.addAll(serving);
        return List.copyOf(all);
    }
}
