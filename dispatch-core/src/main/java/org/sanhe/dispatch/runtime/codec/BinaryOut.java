package org.sanhe.dispatch.runtime.codec;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A growable byte buffer with big-endian writers. Reused by one thread: {@link #reset()} between records. Not
 * thread-safe.
 */
public final class BinaryOut {

    private byte[] bytes;
    private int length;

    public BinaryOut(int initialCapacity) {
        bytes = new byte[Math.max(16, initialCapacity)];
    }

    public BinaryOut reset() {
        length = 0;
        return this;
    }

    public int length() {
        return length;
    }

    /** The internal array; valid up to {@link #length()} until the next write. */
    public byte[] array() {
        return bytes;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }

    public BinaryOut writeByte(int v) {
        ensure(1);
        bytes[length++] = (byte) v;
        return this;
    }

    public BinaryOut writeBoolean(boolean v) {
        return writeByte(v ? 1 : 0);
    }

    public BinaryOut writeShort(int v) {
        ensure(2);
        bytes[length++] = (byte) (v >>> 8);
        bytes[length++] = (byte) v;
        return this;
    }

    public BinaryOut writeInt(int v) {
        ensure(4);
        for (int shift = 24; shift >= 0; shift -= 8) {
            bytes[length++] = (byte) (v >>> shift);
        }
        return this;
    }

    public BinaryOut writeLong(long v) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            bytes[length++] = (byte) (v >>> shift);
        }
        return this;
    }

    public BinaryOut writeDouble(double v) {
        return writeLong(Double.doubleToLongBits(v));
    }

    /** A string as its UTF-8 length (int, -1 for null) and bytes. ASCII (ids, codes) is copied without allocating. */
    public BinaryOut writeString(String s) {
        if (s == null) {
            return writeInt(-1);
        }
        int n = s.length();
        ensure(4 + n);
        int start = length + 4;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                writeInt(utf8.length);
                return writeBytes(utf8, 0, utf8.length);
            }
            bytes[start + i] = (byte) c;
        }
        writeInt(n);
        length += n;
        return this;
    }

    public BinaryOut writeStrings(List<String> values) {
        writeInt(values.size());
        values.forEach(this::writeString);
        return this;
    }

    public BinaryOut writeBytes(byte[] source, int offset, int count) {
        ensure(count);
        System.arraycopy(source, offset, bytes, length, count);
        length += count;
        return this;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
