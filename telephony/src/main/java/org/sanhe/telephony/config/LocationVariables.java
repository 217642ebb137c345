package org.sanhe.telephony.config;

/**
 * The channel variables through which the dialplan hands over a device location (from an AML SMS or a SIP header).
 * Latitude and longitude are WGS84 decimal degrees; the accuracy is a radius in metres.
 *
 * @param latVariable      e.g. {@code AML_LAT}
 * @param lonVariable      e.g. {@code AML_LON}
 * @param accuracyVariable e.g. {@code AML_RADIUS}; may be null, then accuracy is 0 (unknown)
 */
public record LocationVariables(String latVariable, String lonVariable, String accuracyVariable) {

    /** No location variables: calls arrive without a device location. */
    public static LocationVariables none() {
        return new LocationVariables(null, null, null);
    }

    public boolean enabled() {
        return latVariable != null && lonVariable != null;
    }
}
