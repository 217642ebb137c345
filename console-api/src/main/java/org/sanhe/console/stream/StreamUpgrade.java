package org.sanhe.console.stream;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshakerFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import org.sanhe.console.auth.Session;
import org.sanhe.console.http.ApiError;
import org.sanhe.console.http.ApiRequest;
import org.sanhe.console.http.ChannelUpgrade;
import org.sanhe.console.model.ReadModel;
import org.sanhe.dispatch.runtime.CoreHost;
import org.sanhe.dispatch.runtime.audit.AuditReader;
import org.sanhe.dispatch.runtime.recovery.SnapshotSource;

/**
 * {@code GET /api/v1/stream[?from=SEQ]} upgraded to a WebSocket. The client joins the fan-out first, so nothing
 * published from then on escapes it; then, without {@code from}, it gets a snapshot of the read model (shared
 * with the clients that arrived meanwhile: {@link SharedSnapshots}); with
 * {@code from}, the commands from that sequence on, replayed from the journal on the catch-up thread (the journal
 * holds every command before it is published), starting from the newest snapshot before {@code from}. Either way, live messages follow without gap or duplicate.
 */
public final class StreamUpgrade implements ChannelUpgrade {

    /** The largest gap a reconnecting client may ask to replay; beyond it, it must take a new snapshot. */
    public static final int MAX_CATCH_UP = 200_000;
    private static final WriteBufferWaterMark WATER_MARK = new WriteBufferWaterMark(128 * 1024, 256 * 1024);

    private final CoreHost runtime;
    private final Path journalDir;
    private final StreamFanout fanout;
    private final StreamMessages messages;
    private final Executor catchUpExecutor;
    private final SharedSnapshots snapshots;
    private final SessionStreams sessionStreams;
    private final Predicate<Session> live;

    /**
     * @param model          the read model new clients' snapshots are taken from
     * @param snapshotTaken  told (on the catch-up executor) of every snapshot taken for new clients
     * @param sessionStreams closes a stream when its session ends
     * @param live           whether a session is still live (any thread)
     */
    public StreamUpgrade(CoreHost runtime, ReadModel model, Path journalDir, StreamFanout fanout,
                         StreamMessages messages,
                         Executor catchUpExecutor, Runnable snapshotTaken, SessionStreams sessionStreams,
                         Predicate<Session> live) {
        this.sessionStreams = sessionStreams;
        this.live = live;
        this.runtime = runtime;
        this.journalDir = journalDir;
        this.fanout = fanout;
        this.messages = messages;
        this.catchUpExecutor = catchUpExecutor;
        this.snapshots = new SharedSnapshots(model, messages, catchUpExecutor, snapshotTaken);
    }

    @Override
    public void upgrade(ChannelHandlerContext ctx, FullHttpRequest request, ApiRequest apiRequest) {
        Long from = from(apiRequest.query("from"));
        WebSocketServerHandshaker handshaker = new WebSocketServerHandshakerFactory(
                "ws://" + request.headers().get("Host") + apiRequest.path(), null, false, 64 * 1024)
                .newHandshaker(request);
        Channel channel = ctx.channel();
        if (handshaker == null) {
            WebSocketServerHandshakerFactory.sendUnsupportedVersionResponse(channel);
            return;
        }
        channel.config().setWriteBufferWaterMark(WATER_MARK);
        StreamClient client = new StreamClient(channel, fanout);
        ctx.pipeline().replace(ctx.name(), "stream", new StreamHandler(client));
        handshaker.handshake(channel, request).addListener(done -> {
            if (!done.isSuccess()) {
                channel.close();
                return;
            }
            fanout.add(client);
            sessionStreams.add(apiRequest.session(), client);
            if (!live.test(apiRequest.session())) {
                client.cut(SessionStreams.CLOSE_SESSION_ENDED, "session ended");
                return;
            }
            if (from == null) {
                snapshots.request(client);
            } else {
                catchUpExecutor.execute(() -> catchUp(client, from));
            }
        });
    }

    private static Long from(String text) {
        if (text == null) {
            return null;
        }
        try {
            long from = Long.parseLong(text);
            if (from >= 1) {
                return from;
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw ApiError.badField("from", "from must be a sequence number, 1 or more");
    }

    private void catchUp(StreamClient client, long from) {
        List<StreamClient.Message> caught = new ArrayList<>();
        WireFrames frames = new WireFrames();
        boolean[] tooMany = {false};
        long last;
        // the events of the entries from `from` on need the centre as it stood before them: from the newest snapshot
        // before `from`, if any, so that a reconnect does not replay the whole journal
        SnapshotSource.Restored start = runtime.snapshots().atOrBefore(from - 1).orElse(null);
        try (AuditReader reader = AuditReader.open(journalDir)) {
            last = reader.replay(start, entry -> true, (entry, events) -> {
                if (entry.sequence() >= from && !tooMany[0]) {
                    if (caught.size() >= MAX_CATCH_UP) {
                        tooMany[0] = true;
                    } else {
                        caught.add(new StreamClient.Message(entry.sequence(),
                                frames.text(messages.event(entry, events))));
                    }
                }
            }).verification().lastSequence();
        } catch (RuntimeException e) {
            client.channel().eventLoop().execute(() -> client.cut(1011, "the journal could not be read"));
            return;
        }
        long journalEnd = last;
        client.channel().eventLoop().execute(() -> {
            if (tooMany[0]) {
                client.cut(StreamClient.CLOSE_GAP_TOO_LARGE, "reconnect without from for a snapshot");
            } else if (from > journalEnd + 1) {
                client.cut(1008, "from=" + from + " is beyond the journal's end " + journalEnd);
            } else {
                client.caughtUp(from, caught);
            }
        });
    }
}
