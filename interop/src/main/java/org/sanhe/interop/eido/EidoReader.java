package org.sanhe.interop.eido;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.incident.IncidentSource;
import org.sanhe.dispatch.domain.incident.Note;
import org.sanhe.dispatch.domain.incident.ReportedCall;

/**
 * Reads a received EIDO: parses it, validates it against NENA's schema ({@link EidoSchema}), and maps it to an
 * {@link EidoImport}. The partner's type (its {@code incidentTypeInternalCode}, else its
 * {@code incidentTypeCommonRegistryText}) goes through the configured table; a type the table does not name is kept
 * when it is one of ours, else becomes the configured default. The location is the incident's first referenced
 * location component (else the first) read as PIDF-LO; without coordinates, the configured fallback. Calls keep the
 * partner's ids, line (queue), caller (callback URI), start, answer and answering agent; notes keep their time, their
 * agent (as a system actor named by the partner's agent id) and their text with the HTML markup dropped. Stateless
 * and thread-safe.
 */
public final class EidoReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EidoSettings settings;

    public EidoReader(EidoSettings settings) {
        this.settings = settings;
    }

    /**
     * The import a document asks for.
     *
     * @param knownType whether a type code is one of ours (the rules in force)
     * @throws InvalidEidoException when it is not JSON, not a valid EIDO, or holds a value we cannot read
     */
    public EidoImport read(byte[] body, Predicate<String> knownType) throws InvalidEidoException {
        JsonNode doc;
        try {
            doc = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new InvalidEidoException("EIDO_NOT_JSON", "the body is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidEidoException("EIDO_NOT_JSON", "the body is not JSON: " + e.getMessage());
        }
        if (doc == null || !doc.isObject()) {
            throw new InvalidEidoException("EIDO_NOT_JSON", "an EIDO is one JSON object");
        }
        List<String> problems = EidoSchema.problems(doc);
        if (!problems.isEmpty()) {
            throw new InvalidEidoException("EIDO_INVALID", "not a valid EIDO (NENA-STA-021.1b): "
                    + String.join("; ", problems.subList(0, Math.min(5, problems.size()))));
        }
        return map(doc, knownType);
    }

    private EidoImport map(JsonNode doc, Predicate<String> knownType) throws InvalidEidoException {
        JsonNode incident = doc.path("incidentComponent");
        String sourceType = text(incident, "incidentTypeInternalCode");
        if (sourceType == null) {
            sourceType = text(incident, "incidentTypeCommonRegistryText");
        }
        String type = type(sourceType, text(incident, "incidentTypeCommonRegistryText"), knownType);
        int priority = incident.path("incidentCommonPriorityNumber").asInt(0);
        IncidentSource source = new IncidentSource(doc.path("$id").asText(), text(doc, "issuingElementIdentification"),
                text(doc.path("updatedByAgencyReference"), "$ref"), text(incident, "internalIncidentId"));
        PidfLocation location = location(doc, incident);
        boolean fallback = location.point() == null;
        return new EidoImport(source, sourceType, type, priority >= 1 && priority <= 4 ? priority : 0,
                fallback ? settings.fallbackLocation() : location.point(), fallback, location.address(),
                calls(doc), notes(doc, source));
    }

    private String type(String sourceType, String registryText, Predicate<String> knownType) {
        for (String candidate : new String[] {sourceType, registryText}) {
            if (candidate != null && settings.types().containsKey(candidate)) {
                return settings.types().get(candidate);
            }
        }
        return sourceType != null && knownType.test(sourceType) ? sourceType : settings.defaultType();
    }

    private static PidfLocation location(JsonNode doc, JsonNode incident) throws InvalidEidoException {
        String wanted = incident.path("locationReference").path(0).path("$ref").asText(null);
        JsonNode chosen = null;
        for (JsonNode location : doc.path("locationComponent")) {
            if (location.has("locationByValue") && (chosen == null || location.path("$id").asText().equals(wanted))) {
                chosen = location;
            }
        }
        return chosen == null ? new PidfLocation(null, null) : PidfLocation.parse(chosen.path("locationByValue").asText());
    }

    private static List<ReportedCall> calls(JsonNode doc) throws InvalidEidoException {
        Map<String, String> callbacks = new HashMap<>();
        for (JsonNode back : doc.path("callbackComponent")) {
            String uri = back.path("callBackInformationUri").path(0).asText(null);
            if (uri != null) {
                callbacks.put(back.path("$id").asText(), uri);
            }
        }
        List<ReportedCall> calls = new ArrayList<>();
        for (JsonNode call : doc.path("callComponent")) {
            String caller = callbacks.get(call.path("callBackReference").path("$ref").asText());
            calls.add(new ReportedCall(call.path("$id").asText(), text(call, "queueIdentifier"),
                    caller == null ? null : caller.replaceFirst("^tel:", ""),
                    time(call, "callStartTimestamp"), time(call, "answerDate"),
                    call.path("agentReference").path(0).path("$ref").asText(null)));
        }
        return calls;
    }

    private static List<Note> notes(JsonNode doc, IncidentSource source) throws InvalidEidoException {
        List<Note> notes = new ArrayList<>();
        for (JsonNode note : doc.path("notesComponent")) {
            String agent = note.path("agentReference").path("$ref").asText(null);
            if (agent == null) {
                agent = note.path("updatedByAgentReference").path("$ref").asText(null);
            }
            if (agent == null) {
                agent = source.agency() != null ? source.agency() : source.documentId();
            }
            String text = plain(note.path("notesActionComments").asText());
            if (!text.isBlank()) {
                notes.add(new Note(time(note, "lastUpdateTimeStamp"), Actor.system(agent), text));
            }
        }
        return notes;
    }

    /** HTML5 to text: tags dropped, the common entities back to characters. */
    static String plain(String html) {
        return html.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&nbsp;", " ").replace("&amp;", "&").strip();
    }

    private static long time(JsonNode node, String field) throws InvalidEidoException {
        String text = text(node, field);
        if (text == null) {
            return 0;
        }
        try {
            return OffsetDateTime.parse(text).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new InvalidEidoException("EIDO_BAD_VALUE", field + " must be an RFC 3339 date-time, was \"" + text
                    + "\"");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText().strip() : null;
    }
}
