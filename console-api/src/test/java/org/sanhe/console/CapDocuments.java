package org.sanhe.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * CAP 1.2 documents for the API and browser tests. The vendored samples come from interop's test resources; the
 * Xi'an ones are synthetic (made here, issued by nobody), timed from the test's clock: a rainstorm warning whose
 * circle of 3 km round 34.26 N 108.95 E touches Xincheng, Beilin, Lianhu and Yanta, and whose box lies in Zhouzhi county's west (as
 * interop's {@code xian/rainstorm.cap}, whose districts {@code AlertDistrictsTest} derives).
 */
public final class CapDocuments {

    public static final String SENDER = "test@sanhe.example";
    /** The rainstorm's districts: Xincheng, Beilin, Lianhu, Yanta (the circle) and Zhouzhi (the box). */
    public static final String[] RAINSTORM_DISTRICTS = {"610102", "610103", "610104", "610113", "610124"};
    public static final String CIRCLE = "<circle>34.26,108.95 3</circle>";
    public static final String BOX =
            "<polygon>33.95,107.90 33.95,108.00 34.05,108.00 34.05,107.90 33.95,107.90</polygon>";

    private static final DateTimeFormatter CAP_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx")
            .withZone(ZoneOffset.ofHours(8));

    private CapDocuments() {
    }

    /** A vendored sample, e.g. {@code australia.cap} or {@code xian/rainstorm.cap}. */
    public static String sample(String name) {
        try (InputStream in = CapDocuments.class.getResourceAsStream("/org/sanhe/interop/cap/" + name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the test classpath (interop's test-jar)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CAP's form of a time: seconds, with the +08:00 offset. */
    public static String time(long epochMillis) {
        return CAP_TIME.format(Instant.ofEpochMilli(epochMillis));
    }

    /** The synthetic rainstorm warning, sent at {@code sent} and expiring at {@code expires}. */
    public static String rainstorm(String identifier, long sent, long expires) {
        return alert(identifier, "Alert", sent, null, info(expires, "<area><areaDesc>老城区</areaDesc>" + CIRCLE
                + "</area><area><areaDesc>周至县西部</areaDesc>" + BOX + "</area>"));
    }

    /** A cancel of the message {@code identifier, sent} of {@link #SENDER}. */
    public static String cancel(String identifier, long sent, String cancelled, long cancelledSent) {
        return alert(identifier, "Cancel", sent, SENDER + "," + cancelled + "," + time(cancelledSent), "");
    }

    /** An alert whose one area is {@code shape} (a polygon or circle element, valid or not). */
    public static String withShape(String identifier, long sent, String shape) {
        return alert(identifier, "Alert", sent, null, info(0, "<area><areaDesc>test</areaDesc>" + shape + "</area>"));
    }

    public static String info(long expires, String areas) {
        return "<info><language>zh-CN</language><category>Met</category><event>暴雨</event>"
                + "<urgency>Expected</urgency><severity>Severe</severity><certainty>Likely</certainty>"
                + (expires == 0 ? "" : "<expires>" + time(expires) + "</expires>")
                + "<senderName>Sanhe test sender</senderName><headline>暴雨橙色预警（演练）</headline>"
                + "<description>Synthetic exercise message.</description>" + areas + "</info>";
    }

    public static String alert(String identifier, String msgType, long sent, String references, String info) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!-- Synthetic: made for Sanhe's tests, issued by nobody -->\n"
                + "<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"><identifier>" + identifier + "</identifier>"
                + "<sender>" + SENDER + "</sender><sent>" + time(sent) + "</sent><status>Exercise</status>"
                + "<msgType>" + msgType + "</msgType><scope>Public</scope>"
                + (references == null ? "" : "<references>" + references + "</references>") + info + "</alert>";
    }
}
