package org.sanhe.interop.cap;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sanhe.dispatch.domain.alert.AlertArea;
import org.sanhe.dispatch.domain.alert.AlertCircle;
import org.sanhe.dispatch.domain.alert.AlertKey;
import org.sanhe.dispatch.domain.alert.AlertText;
import org.sanhe.dispatch.domain.command.ReceiveAlert;

/**
 * Decodes a CAP document into the core's {@link ReceiveAlert}: read and checked by {@link CapReader}, then its
 * fields as the core keeps them (the text of the first {@code info} block, the latest {@code expires}, every area)
 * and the document itself as text, in the encoding its XML declaration names (UTF-8 when it names none).
 * Thread-safe.
 */
public final class CapAlertAdapter {

    private static final Pattern ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)");

    private final CapReader reader;

    public CapAlertAdapter(CapReader reader) {
        this.reader = reader;
    }

    /**
     * The command that journals the document.
     *
     * @throws InvalidCapException naming the first problem {@link CapReader} found
     */
    public ReceiveAlert command(byte[] xml) throws InvalidCapException {
        CapAlert alert = reader.read(xml);
        CapInfo first = alert.infos().isEmpty() ? null : alert.infos().get(0);
        AlertText text = first == null ? AlertText.NONE : new AlertText(first.language(), first.event(),
                first.headline(), first.severity(), first.urgency(), first.certainty(), first.senderName());
        Instant expires = alert.expires();
        return new ReceiveAlert(key(alert.key()), alert.sentAt().toEpochMilli(), alert.status(), alert.msgType(),
                alert.scope(), alert.references().stream().map(CapAlertAdapter::key).toList(), text,
                expires == null ? 0 : expires.toEpochMilli(), areas(alert.areas()), document(xml));
    }

    /** The reader's areas as the core's. */
    public static List<AlertArea> areas(List<CapArea> areas) {
        return areas.stream().map(a -> new AlertArea(a.description(), a.polygons(), a.circles().stream()
                .map(c -> new AlertCircle(c.centre(), c.radiusKm())).toList())).toList();
    }

    private static AlertKey key(CapKey key) {
        return new AlertKey(key.sender(), key.identifier(), key.sent());
    }

    /** The document's text, decoded as its declaration says. */
    static String document(byte[] xml) {
        String head = new String(xml, 0, Math.min(xml.length, 200), StandardCharsets.ISO_8859_1);
        Matcher declared = ENCODING.matcher(head);
        Charset charset = StandardCharsets.UTF_8;
        if (declared.find()) {
            try {
                charset = Charset.forName(declared.group(1));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                charset = StandardCharsets.UTF_8;
            }
        }
        String text = new String(xml, charset);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
