package org.sanhe.dispatch.domain.alert;

/**
 * What an alert says, from its first {@code info} block; a text the sender left out is an empty string.
 *
 * @param language    e.g. {@code zh-CN}
 * @param event       e.g. {@code 暴雨}
 * @param headline    the headline
 * @param severity    {@code Extreme}, {@code Severe}, {@code Moderate}, {@code Minor} or {@code Unknown}
 * @param urgency     {@code Immediate}, {@code Expected}, {@code Future}, {@code Past} or {@code Unknown}
 * @param certainty   {@code Observed}, {@code Likely}, {@code Possible}, {@code Unlikely} or {@code Unknown}
 * @param senderName  the sender's name for people
 */
public record AlertText(String language, String event, String headline, String severity, String urgency,
                        String certainty, String senderName) {

    /** A message without an {@code info} block (a bare cancel, an ack). */
    public static final AlertText NONE = new AlertText("", "", "", "", "", "", "");

    public AlertText {
        language = orEmpty(language);
        event = orEmpty(event);
        headline = orEmpty(headline);
        severity = orEmpty(severity);
        urgency = orEmpty(urgency);
        certainty = orEmpty(certainty);
        senderName = orEmpty(senderName);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
