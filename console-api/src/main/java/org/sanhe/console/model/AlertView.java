package org.sanhe.console.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.sanhe.console.json.ApiCode;
import org.sanhe.console.json.ApiId;
import org.sanhe.console.json.ApiTime;
import org.sanhe.dispatch.domain.alert.Alert;
import org.sanhe.dispatch.domain.alert.AlertArea;
import org.sanhe.dispatch.domain.alert.AlertKey;
import org.sanhe.dispatch.domain.alert.AlertState;
import org.sanhe.interop.cap.AlertDistricts;

/**
 * A public warning (CAP message) as the API and the stream show it, with the codes of the city's districts its areas
 * touch (worked out here, outside the core). Immutable; built by whoever owns the alert (the read model's projector,
 * an audit replay). Times are ISO-8601 or null; {@code sent} is the sender's own text.
 */
public record AlertView(long id, String sender, String identifier, String sent,
                        @JsonSerialize(using = ApiTime.class) long sentAt, String status, String msgType,
                        String scope, List<AlertKey> references, String language, String event, String headline,
                        String severity, String urgency, String certainty, String senderName,
                        @JsonSerialize(using = ApiTime.class) long expires,
                        @JsonSerialize(using = ApiTime.class) long receivedAt,
                        @JsonSerialize(using = ApiCode.class) AlertState state,
                        @JsonSerialize(using = ApiTime.class) long endedAt,
                        @JsonSerialize(using = ApiId.class) long endedBy,
                        List<AlertArea> areas, List<String> districts) {

    /** The view of an alert; its districts by {@code districts}. Any thread: alerts are immutable. */
    public static AlertView of(Alert a, AlertDistricts districts) {
        return new AlertView(a.id(), a.key().sender(), a.key().identifier(), a.key().sent(), a.sentAt(), a.status(),
                a.msgType(), a.scope(), a.references(), a.text().language(), a.text().event(), a.text().headline(),
                a.text().severity(), a.text().urgency(), a.text().certainty(), a.text().senderName(), a.expiresAt(),
                a.receivedAt(), a.state(), a.endedAt(), a.endedBy(), a.areas(), districts.touched(a.areas()));
    }

    /** The same alert in the state of a later version of it: its districts are not worked out again. */
    AlertView as(Alert later) {
        return new AlertView(id, sender, identifier, sent, sentAt, status, msgType, scope, references, language, event,
                headline, severity, urgency, certainty, senderName, expires, receivedAt, later.state(),
                later.endedAt(), later.endedBy(), areas, districts);
    }

    @JsonIgnore
    public boolean isActive() {
        return state == AlertState.ACTIVE;
    }
}
