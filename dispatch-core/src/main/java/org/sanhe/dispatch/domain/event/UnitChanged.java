package org.sanhe.dispatch.domain.event;

import java.util.List;

/** A unit's call sign, agency, capabilities or home station changed; the fields are how it is now. */
public record UnitChanged(String unitId, String callSign, String agency, List<String> capabilities, String station)
        implements Event {

    public UnitChanged {
        capabilities = List.copyOf(capabilities);
    }
}
