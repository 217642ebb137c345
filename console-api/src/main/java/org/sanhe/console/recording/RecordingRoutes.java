package org.sanhe.console.recording;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.sanhe.console.auth.Permission;
import org.sanhe.console.auth.UserAccount;
import org.sanhe.console.core.CoreAccess;
import org.sanhe.console.http.ApiError;
import org.sanhe.console.http.ApiReply;
import org.sanhe.console.http.ApiRequest;
import org.sanhe.console.http.ByteRange;
import org.sanhe.console.http.FilePart;
import org.sanhe.console.http.Route;
import org.sanhe.console.model.CallView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/v1/calls/{id}/recording}: the PBX's recording of a call, {@code audio/wav}, whole (200) or one
 * byte range (206, {@code Content-Range}; 416 when the range starts beyond the file), always with
 * {@code Accept-Ranges: bytes}. Auditors and supervisors may listen to every call, anyone else only to the calls they
 * answered. 404 {@code NO_RECORDING} when the PBX made none, 404 {@code RECORDING_UNAVAILABLE} when its file is not
 * (or not yet) readable here, 403 {@code RECORDING_REFUSED} (logged) when its name would leave the recording
 * directory. The file is streamed from the disk when the reply is written. Runs on the request's event loop.
 */
public final class RecordingRoutes {

    /** The media type of the recordings (Asterisk's {@code wav} format, and the simulator's). */
    public static final String AUDIO_WAV = "audio/wav";

    private static final Logger LOG = LoggerFactory.getLogger(RecordingRoutes.class);

    private final CoreAccess core;
    private final RecordingFiles files;

    /** @param files where the recordings are readable; null when this server cannot read any */
    public RecordingRoutes(CoreAccess core, RecordingFiles files) {
        this.core = core;
        this.files = files;
    }

    public List<Route> routes() {
        return List.of(Route.get("/api/v1/calls/{id}/recording", Permission.READ,
                "The call's recording (audio/wav), whole or one byte range", this::recording));
    }

    private CompletableFuture<ApiReply> recording(ApiRequest request) {
        String id = request.variable("id");
        return core.current(request).thenApply(model -> {
            CallView call = model.call(id);
            if (call == null) {
                throw new ApiError(404, "UNKNOWN_CALL", "no call " + id, null);
            }
            UserAccount user = request.session().user();
            if (!user.allows(Permission.AUDIT) && !user.username().equals(call.answeredBy())) {
                throw new ApiError(403, "FORBIDDEN",
                        "only auditors, supervisors and the call-taker who answered the call may listen to it", null);
            }
            if (call.recording() == null) {
                throw new ApiError(404, "NO_RECORDING", "the PBX made no recording of call " + id, null);
            }
            return serve(call, user.username(), request.range());
        });
    }

    private ApiReply serve(CallView call, String username, String rangeHeader) {
        RecordingFiles.Recording file;
        try {
            file = files == null ? null : files.resolve(call.recording());
        } catch (RecordingFiles.Refused e) {
            LOG.warn("call {}, asked by {}: {}", call.id(), username, e.getMessage());
            throw new ApiError(403, "RECORDING_REFUSED",
                    "the recording's name leads outside the recording directory; it is not served", null);
        }
        if (file == null) {
            throw new ApiError(404, "RECORDING_UNAVAILABLE",
                    "the recording of call " + call.id() + " is not readable on this server", null);
        }
        ByteRange range;
        try {
            range = ByteRange.parse(rangeHeader, file.size());
        } catch (ByteRange.Unsatisfiable e) {
            return ApiReply.error(new ApiError(416, "RANGE_NOT_SATISFIABLE", e.getMessage(), null))
                    .withHeader("Content-Range", "bytes */" + e.size()).withHeader("Accept-Ranges", "bytes");
        }
        if (range == null) {
            return ApiReply.file(200, AUDIO_WAV, new FilePart(file.path(), 0, file.size()))
                    .withHeader("Accept-Ranges", "bytes");
        }
        return ApiReply.file(206, AUDIO_WAV, new FilePart(file.path(), range.first(), range.length()))
                .withHeader("Accept-Ranges", "bytes").withHeader("Content-Range", range.contentRange(file.size()));
    }
}
