package org.sanhe.telephony.config;

import java.nio.file.Path;

/**
 * Where the PBX's call recordings are ({@code telephony.recording}). Asterisk's {@code MixMonitor} sets the channel
 * variable {@code MIXMONITOR_FILENAME} to the recording's full path as the PBX sees it, e.g.
 * {@code /var/spool/asterisk/monitor/1764000000.42.wav}; the adapter journals that name on the call as the PBX gave
 * it, and the console serves the file from {@code directory}, where this server can read the PBX's recordings (a
 * shared mount).
 *
 * @param variable     the channel variable carrying the file name; {@code MIXMONITOR_FILENAME} when null
 * @param directory    where this server reads the recordings; null when it cannot (no recording is served)
 * @param pbxDirectory the same directory as the PBX names it, when its path differs there (an absolute name under it
 *                     is read from {@code directory}); null when both see the same path
 */
public record RecordingSettings(String variable, String directory, String pbxDirectory) {

    /** The variable Asterisk's MixMonitor sets. */
    public static final String MIXMONITOR = "MIXMONITOR_FILENAME";

    public RecordingSettings {
        variable = variable == null || variable.isBlank() ? MIXMONITOR : variable.strip();
        directory = directory == null || directory.isBlank() ? null : directory;
        pbxDirectory = pbxDirectory == null || pbxDirectory.isBlank() ? null : pbxDirectory;
    }

    /** MixMonitor's variable, and no directory. */
    public static RecordingSettings defaults() {
        return new RecordingSettings(null, null, null);
    }

    /** The directory as an absolute path, or null when none is set. */
    public Path directoryPath() {
        return directory == null ? null : Path.of(directory).toAbsolutePath().normalize();
    }

    /** The PBX's name for the directory, absolute; {@link #directoryPath()} when none is set. */
    public Path pbxDirectoryPath() {
        return pbxDirectory == null ? directoryPath() : Path.of(pbxDirectory).toAbsolutePath().normalize();
    }
}
