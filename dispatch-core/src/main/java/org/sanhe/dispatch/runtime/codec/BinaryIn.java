package org.sanhe.dispatch.runtime.codec;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what {@link BinaryOut} wrote. Every read checks the bounds and throws {@link MalformedRecordException} when
 * the input is short or inconsistent, never an index exception, so a damaged journal is reported, not crashed on.
 */
public final class BinaryIn {

    private final byte[] bytes;
    private final int end;
    private int position;

    public BinaryIn(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    public BinaryIn(byte[] bytes, int offset, int length) {
        this.bytes = bytes;
        this.position = offset;
        this.end = offset + length;
    }

    public int position() {
        return position;
    }

    public int remaining() {
        return end - position;
    }

    public int readByte() {
        need(1);
        return bytes[position++];
    }

    public boolean readBoolean() {
        int b = readByte();
        if (b != 0 && b != 1) {
            throw new MalformedRecordException("boolean byte " + b);
        }
        return b == 1;
    }

    public int readShort() {
        need(2);
        int v = (bytes[position] & 0xff) << 8 | bytes[position + 1] & 0xff;
        position += 2;
        return v;
    }

    public int readInt() {
        need(4);
        int v = 0;
        for (int i = 0; i < 4; i++) {
            v = v << 8 | bytes[position++] & 0xff;
        }
        return v;
    }

    public long readLong() {
        need(8);
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = v << 8 | bytes[position++] & 0xff;
        }
        return v;
    }

    public double readDouble() {
        return Double.longBitsToDouble(readLong());
    }

    public String readString() {
        int n = readInt();
        if (n == -1) {
            return null;
        }
        if (n < 0) {
            throw new MalformedRecordException("string length " + n);
        }
        need(n);
        String s = new String(bytes, position, n, StandardCharsets.UTF_8);
        position += n;
        return s;
    }

    public List<String> readStrings() {
        int n = count();
        List<String> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(readString());
        }
        return values;
    }

    /** A collection size, checked against what is left (each element takes at least one byte). */
    public int count() {
        int n = readInt();
        if (n < 0 || n > remaining()) {
            throw new MalformedRecordException("count " + n + " with " + remaining() + " bytes left");
        }
        return n;
    }

    public byte[] readBytes(int n) {
        need(n);
        byte[] out = new byte[n];
        System.arraycopy(bytes, position, out, 0, n);
        position += n;
        return out;
    }

    private void need(int n) {
        if (n < 0 || n > end - position) {
            throw new MalformedRecordException("needs " + n + " bytes at " + position + ", has " + (end - position));
        }
    }
}
