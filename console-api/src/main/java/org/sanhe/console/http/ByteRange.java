package org.sanhe.console.http;

/**
 * One byte range of a representation of {@code size} bytes, from a {@code Range} request header (RFC 9110
 * section 14): {@code bytes=first-last}, {@code bytes=first-} or {@code bytes=-suffixLength}. A header that is absent,
 * not in bytes, malformed or asks for several ranges is ignored, as the RFC allows: the whole representation is sent.
 * Immutable.
 *
 * @param first the first byte, inclusive
 * @param last  the last byte, inclusive
 */
public record ByteRange(long first, long last) {

    /** The range's length in bytes. */
    public long length() {
        return last - first + 1;
    }

    /** {@code bytes first-last/size}, the {@code Content-Range} of a 206 reply. */
    public String contentRange(long size) {
        return "bytes " + first + "-" + last + "/" + size;
    }

    /**
     * The range the header asks for, clipped to the representation; null to send it whole.
     *
     * @throws Unsatisfiable when the range starts at or after the end (or the representation is empty)
     */
    public static ByteRange parse(String header, long size) {
        if (header == null || !header.regionMatches(true, 0, "bytes=", 0, 6)) {
            return null;
        }
        String spec = header.substring(6).strip();
        int dash = spec.indexOf('-');
        if (dash < 0 || spec.indexOf(',') >= 0) {
            return null;
        }
        String firstText = spec.substring(0, dash).strip();
        String lastText = spec.substring(dash + 1).strip();
        Long first = number(firstText);
        Long last = number(lastText);
        if (first == null && !firstText.isEmpty() || last == null && !lastText.isEmpty()
                || first == null && last == null || first != null && last != null && last < first) {
            return null;
        }
        if (first == null) {
            if (last == 0 || size == 0) {
                throw new Unsatisfiable(size);
            }
            return new ByteRange(Math.max(0, size - last), size - 1);
        }
        if (first >= size) {
            throw new Unsatisfiable(size);
        }
        return new ByteRange(first, last == null ? size - 1 : Math.min(last, size - 1));
    }

    /** Digits only (no sign), else null; a number too large for a long counts as the largest one. */
    private static Long number(String text) {
        if (text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return text.length() > 18 ? Long.MAX_VALUE : Long.parseLong(text);
    }

    /** The range cannot be satisfied: a 416 reply with {@code Content-Range: bytes *}{@code /size}. */
    public static final class Unsatisfiable extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final long size;

        Unsatisfiable(long size) {
            super("the range starts beyond the " + size + " bytes there are", null, false, false);
            this.size = size;
        }

        public long size() {
            return size;
        }
    }
}
