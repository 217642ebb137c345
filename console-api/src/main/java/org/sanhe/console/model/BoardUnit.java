package org.sanhe.console.model;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.sanhe.console.json.ApiTime;

/**
 * A unit on the dispatchers' board ({@code GET /api/v1/units} and the unit routes' answers): its view and
 * {@code statusSince}, when it took its present status (0, null in JSON, when not known since the last start).
 */
public record BoardUnit(@JsonUnwrapped UnitView unit, @JsonSerialize(using = ApiTime.class) long statusSince) {
}
