package org.sanhe.telephony.simulator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An inbound call as the trunk delivers it.
 *
 * @param callerNumber the caller's number, null when withheld
 * @param exten        the dialled number (emergency number or DID)
 * @param context      the inbound dialplan context, e.g. {@code from-pstn}
 * @param variables    channel variables the dialplan sets, in order (e.g. {@code EMERGENCY_LINE}, {@code AML_LAT})
 */
public record CallSpec(String callerNumber, String exten, String context, Map<String, String> variables) {

    public CallSpec {
        if (exten == null || exten.isBlank()) {
            throw new IllegalArgumentException("a call needs a dialled extension");
        }
        context = context == null ? "from-pstn" : context;
        variables = variables == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    }
}
