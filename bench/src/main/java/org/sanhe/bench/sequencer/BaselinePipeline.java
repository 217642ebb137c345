package org.sanhe.bench.sequencer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import org.sanhe.bench.journal.JsonLinesJournal;
import org.sanhe.console.json.DispatchJson;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.domain.command.StampedCommand;
import org.sanhe.dispatch.domain.event.Event;
import org.sanhe.dispatch.runtime.clock.EpochClock;
import org.sanhe.dispatch.runtime.sequencer.Outcome;

/**
 * The baseline: producers put tasks on an {@code ArrayBlockingQueue}; one thread takes batches, writes each command
 * as a JSON line through a {@code FileChannel} (forced per batch when {@code fsync}), applies it to the same pure
 * {@link Centre} and completes the future. No hash chain, no binary codec.
 */
final class BaselinePipeline implements Pipeline {

    private record Task(Actor actor, Command command, CompletableFuture<Outcome> future) {
    }

    private static final Task STOP = new Task(null, null, null);

    private final ArrayBlockingQueue<Task> queue = new ArrayBlockingQueue<>(1 << 16);
    private final JsonLinesJournal lines;
    private final EpochClock clock;
    private final Thread consumer;
    private final Centre centre = new Centre();
    private long sequence;

    BaselinePipeline(Path dir, boolean fsync, EpochClock clock) throws IOException {
        this.lines = new JsonLinesJournal(dir, fsync);
        this.clock = clock;
        this.consumer = new Thread(this::run, "baseline-core");
        consumer.setDaemon(true);
        consumer.start();
    }

    @Override
    public CompletableFuture<Outcome> submit(Actor actor, Command command) {
        CompletableFuture<Outcome> future = new CompletableFuture<>();
        try {
            queue.put(new Task(actor, command, future));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.completeExceptionally(e);
        }
        return future;
    }

    private void run() {
        List<Task> batch = new ArrayList<>(256);
        List<StampedCommand> stamped = new ArrayList<>(256);
        try {
            while (true) {
                batch.clear();
                stamped.clear();
                batch.add(queue.take());
                queue.drainTo(batch, 255);
                boolean stop = batch.remove(STOP);
                for (Task task : batch) {
                    StampedCommand c = new StampedCommand(++sequence, clock.millis(), task.actor(), task.command());
                    lines.append(c);
                    stamped.add(c);
                }
                lines.endBatch();
                for (int i = 0; i < batch.size(); i++) {
                    List<Event> events = new ArrayList<>(4);
                    StampedCommand c = stamped.get(i);
                    centre.apply(c, events::add);
                    batch.get(i).future().complete(new Outcome(c.sequence(), c.timestamp(), events));
                }
                if (stop) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the JSON lines back into commands and applies them to a new centre. Entries replayed. */
    static long replay(Path dir) throws IOException {
        ObjectMapper mapper = new DispatchJson().mapper();
        Centre replayed = new Centre();
        long n = 0;
        Path file = dir.resolve(JsonLinesJournal.FILE);
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                JsonNode node = mapper.readTree(line);
                ObjectNode command = (ObjectNode) node.get("command");
                String type = command.remove("@type").asText();
                Command c;
                try {
                    c = (Command) mapper.treeToValue(command, Class.forName("org.sanhe.dispatch.domain.command." + type));
                } catch (ClassNotFoundException e) {
                    throw new IOException("unknown command " + type, e);
                }
                String[] actor = node.get("actor").asText().split(":", 2);
                replayed.apply(new StampedCommand(node.get("sequence").asLong(), node.get("timestamp").asLong(),
                        new Actor(Actor.Kind.valueOf(actor[0].toUpperCase(java.util.Locale.ROOT)), actor[1]), c),
                        e -> { });
                n++;
            }
        }
        return n;
    }

    @Override
    public void close() {
        try {
            queue.put(STOP);
            consumer.join();
            lines.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
