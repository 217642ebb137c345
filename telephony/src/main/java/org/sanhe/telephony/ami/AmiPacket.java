package org.sanhe.telephony.ami;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One AMI packet (an action, a response or an event): headers in wire order; names compare case-insensitively and may
 * repeat. Immutable and thread-safe once built.
 */
public final class AmiPacket {

    /** One {@code Name: value} line; the value may hold a bare CR or LF but never CRLF, which ends a line. */
    public record Header(String name, String value) {

        public Header {
            Objects.requireNonNull(name, "name");
            value = value == null ? "" : value;
            if (name.isEmpty() || name.indexOf('\r') >= 0 || name.indexOf('\n') >= 0 || name.indexOf(':') >= 0) {
                throw new IllegalArgumentException("bad header name: " + name);
            }
            if (value.contains("\r\n") || value.endsWith("\r")) {
                throw new IllegalArgumentException("header " + name + " has a CRLF line break in its value");
            }
        }
    }

    private final List<Header> headers;

    private AmiPacket(List<Header> headers) {
        this.headers = List.copyOf(headers);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting with {@code Event: name} and {@code Privilege: privilege,all}. */
    public static Builder event(String name, String privilegeClass) {
        return new Builder().add("Event", name).add("Privilege", privilegeClass + ",all");
    }

    public List<Header> headers() {
        return headers;
    }

    /** The first value of a header, or null. */
    public String get(String name) {
        for (Header h : headers) {
            if (h.name().equalsIgnoreCase(name)) {
                return h.value();
            }
        }
        return null;
    }

    /** The value of the header, or the fallback when absent. */
    public String getOrDefault(String name, String fallback) {
        String value = get(name);
        return value == null ? fallback : value;
    }

    /** The packet's kind and name, e.g. {@code Event: Hangup}, from its first header. */
    public String firstLine() {
        return headers.isEmpty() ? "" : headers.get(0).name() + ": " + headers.get(0).value();
    }

    /** The event name (lower-cased lookup of {@code Event}), or null for non-events. */
    public String eventName() {
        return get("Event");
    }

    /** The privilege class of an event ({@code call} for {@code call,all}), or null. */
    public String privilegeClass() {
        String privilege = get("Privilege");
        if (privilege == null) {
            return null;
        }
        int comma = privilege.indexOf(',');
        return (comma < 0 ? privilege : privilege.substring(0, comma)).toLowerCase(Locale.ROOT);
    }

    /** The wire form: every header line ended by CRLF, then an empty CRLF line. */
    public byte[] encode() {
        StringBuilder out = new StringBuilder(32 * headers.size() + 2);
        for (Header h : headers) {
            out.append(h.name()).append(": ").append(h.value()).append("\r\n");
        }
        out.append("\r\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return new String(encode(), StandardCharsets.UTF_8).replace("\r\n", "|");
    }

    /** Collects headers in order. Not thread-safe. */
    public static final class Builder {

        private final List<Header> headers = new ArrayList<>();

        public Builder add(String name, String value) {
            headers.add(new Header(name, value));
            return this;
        }

        public Builder add(String name, long value) {
            return add(name, Long.toString(value));
        }

        /** Adds every header of another packet, each name prefixed (e.g. {@code Dest}). */
        public Builder addAll(String prefix, List<Header> more) {
            for (Header h : more) {
                headers.add(new Header(prefix + h.name(), h.value()));
            }
            return this;
        }

        public AmiPacket build() {
            return new AmiPacket(headers);
        }
    }
}
