package org.sanhe.telephony.simulator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * Records calls as Asterisk's {@code MixMonitor} does, as far as anyone outside the PBX can tell: one WAV file per
 * answered call, named after the caller channel's Uniqueid, in the recording directory, whose full path the PBX then
 * sets in {@code MIXMONITOR_FILENAME} on the caller channel. The audio is a {@value #MILLIS} ms tone whose pitch
 * depends on the call (8 kHz, 16-bit mono PCM, as Asterisk's {@code wav} format), made with
 * {@code javax.sound.sampled}; nothing is installed or downloaded.
 *
 * <p>Stateless apart from its directory; called under the PBX lock.
 */
final class MixMonitor {

    /** The channel variable MixMonitor sets to the file's full path. */
    static final String VARIABLE = "MIXMONITOR_FILENAME";
    static final int MILLIS = 1_500;
    private static final float RATE = 8_000f;

    private final Path directory;

    /** @param directory where the recordings go; created when missing */
    MixMonitor(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    /** Writes the call's recording and returns its full path, as MixMonitor puts it in {@link #VARIABLE}. */
    String record(String uniqueid) {
        Path file = directory.resolve(uniqueid + ".wav");
        byte[] pcm = tone(pitch(uniqueid));
        AudioFormat format = new AudioFormat(RATE, 16, 1, true, false);
        try (AudioInputStream audio = new AudioInputStream(new ByteArrayInputStream(pcm), format, pcm.length / 2)) {
            Files.createDirectories(directory);
            AudioSystem.write(audio, AudioFileFormat.Type.WAVE, file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the recording " + file, e);
        }
        return file.toString();
    }

    /** 330 Hz to 935 Hz in 55 Hz steps, by the channel's sequence number (the Uniqueid's part after the dot). */
    static int pitch(String uniqueid) {
        int dot = uniqueid.lastIndexOf('.');
        long n = dot < 0 ? uniqueid.hashCode() : Long.parseLong(uniqueid.substring(dot + 1));
        return 330 + 55 * (int) Math.floorMod(n, 12L);
    }

    private static byte[] tone(int hertz) {
        int samples = (int) (RATE * MILLIS / 1000);
        byte[] pcm = new byte[samples * 2];
        for (int i = 0; i < samples; i++) {
            double fade = Math.min(1.0, Math.min(i, samples - i) / 400.0);
            short s = (short) (Math.sin(2 * Math.PI * hertz * i / RATE) * 9_000 * fade);
            pcm[2 * i] = (byte) s;
            pcm[2 * i + 1] = (byte) (s >> 8);
        }
        return pcm;
    }
}
