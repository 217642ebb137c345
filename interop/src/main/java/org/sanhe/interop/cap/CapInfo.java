package org.sanhe.interop.cap;

import java.time.Instant;
import java.util.List;

/**
 * One {@code info} block of a CAP message: what the warning is about, how grave, until when, and where. Texts the
 * sender left out are empty strings; times it left out are {@code null}.
 *
 * @param language    e.g. {@code zh-CN}, {@code en-US} (CAP's default)
 * @param categories  e.g. {@code Met}, {@code Fire}
 * @param event       the event, e.g. {@code 暴雨} or {@code thunderstorm}
 * @param urgency     {@code Immediate}, {@code Expected}, {@code Future}, {@code Past} or {@code Unknown}
 * @param severity    {@code Extreme}, {@code Severe}, {@code Moderate}, {@code Minor} or {@code Unknown}
 * @param certainty   {@code Observed}, {@code Likely}, {@code Possible}, {@code Unlikely} or {@code Unknown}
 * @param effective   when it takes effect, or {@code null} (from {@code sent})
 * @param expires     when it ends, or {@code null} (no end given)
 * @param senderName  the sender's name for people
 * @param headline    the headline
 * @param description the description
 * @param instruction what people should do
 * @param areas       the areas it covers
 */
public record CapInfo(String language, List<String> categories, String event, String urgency, String severity,
        String certainty, Instant effective, Instant expires, String senderName, String headline, String description,
        String instruction, List<CapArea> areas) {

    public CapInfo {
        categories = List.copyOf(categories);
        areas = List.copyOf(areas);
    }
}
