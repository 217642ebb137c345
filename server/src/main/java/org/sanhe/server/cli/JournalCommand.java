package org.sanhe.server.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.sanhe.console.json.DispatchJson;
import org.sanhe.dispatch.runtime.audit.AuditReader;
import org.sanhe.dispatch.runtime.audit.TimelineEntry;
import org.sanhe.dispatch.runtime.audit.Verification;
import org.sanhe.dispatch.runtime.journal.JournalEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * The auditor's journal tools. Each prints JSON on standard output. Exit codes: 0 when the journal verified, 1 when
 * its chain is broken, 2 for bad arguments (picocli's usage error).
 */
@Command(name = "journal", mixinStandardHelpOptions = true, description = "Verify, replay and read a journal.",
        subcommands = {JournalCommand.Verify.class, JournalCommand.Replay.class, JournalCommand.Timeline.class,
                JournalCommand.Export.class})
final class JournalCommand {

    static final DispatchJson JSON = new DispatchJson();

    /** Options every journal command has. */
    static class Source {
        @Option(names = "--dir", required = true, description = "The journal directory (a copy is fine).")
        Path dir;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        AuditReader open() {
            if (!Files.isDirectory(dir)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no journal directory " + dir);
            }
            return AuditReader.open(dir);
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        void print(Object node) {
            try {
                out().println(JSON.mapper().writeValueAsString(node));
                out().flush();
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        static ObjectNode verification(Verification v) {
            ObjectNode node = JSON.mapper().createObjectNode();
            node.put("entries", v.entries());
            node.put("lastSequence", v.lastSequence());
            node.put("chainOk", v.chainOk());
            if (v.chainOk()) {
                node.putNull("firstBadSequence");
            } else {
                node.put("firstBadSequence", v.firstBadSequence());
                node.put("problem", v.problem());
            }
            node.put("headLink", v.headLink());
            return node;
        }
    }

    @Command(name = "verify", description = "Walk the hash chain; exit 0 only when it is intact.")
    static final class Verify extends Source implements Callable<Integer> {
        @Override
        public Integer call() {
            try (AuditReader reader = open()) {
                Verification v = reader.verify();
                print(verification(v));
                return v.chainOk() ? 0 : 1;
            }
        }
    }

    @Command(name = "replay", description = "Rebuild the centre and print its state hash.")
    static final class Replay extends Source implements Callable<Integer> {
        @Option(names = "--until", description = "A sequence number or an ISO-8601 instant (inclusive).")
        String until;

        @Override
        public Integer call() {
            Predicate<JournalEntry> upTo = until == null ? e -> true : bound(until);
            try (AuditReader reader = open()) {
                AuditReader.Replayed replayed = reader.replay(upTo);
                ObjectNode node = verification(replayed.verification());
                node.put("stateHash", replayed.centre().stateHash());
                print(node);
                return replayed.verification().chainOk() ? 0 : 1;
            }
        }

        private Predicate<JournalEntry> bound(String value) {
            if (value.chars().allMatch(Character::isDigit)) {
                return AuditReader.untilSequence(Long.parseLong(value));
            }
            try {
                return AuditReader.untilInstant(Instant.parse(value).toEpochMilli());
            } catch (DateTimeParseException e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--until takes a sequence number or an ISO-8601 instant such as 2026-11-27T08:00:00Z");
            }
        }
    }

    @Command(name = "timeline", description = "Every command and event that touched one incident.")
    static final class Timeline extends Source implements Callable<Integer> {
        @Option(names = "--incident", required = true, description = "The incident number.")
        long incident;

        @Override
        public Integer call() {
            try (AuditReader reader = open()) {
                List<TimelineEntry> timeline = reader.timeline(incident);
                var array = JSON.mapper().createArrayNode();
                for (TimelineEntry t : timeline) {
                    ObjectNode node = JSON.stamp(t.sequence(), t.timestamp(), t.actor());
                    node.set("command", JSON.command(t.command()));
                    node.set("events", JSON.events(t.events()));
                    array.add(node);
                }
                print(array);
                return 0;
            }
        }
    }

    @Command(name = "export", description = "Every entry as one JSON object per line.")
    static final class Export extends Source implements Callable<Integer> {
        @Option(names = "--format", defaultValue = "jsonl", description = "Only jsonl.")
        String format;

        @Override
        public Integer call() {
            if (!"jsonl".equals(format)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "the only format is jsonl");
            }
            try (AuditReader reader = open()) {
                Verification v = reader.entries(1, Long.MAX_VALUE, entry -> print(JSON.entry(entry)));
                return v.chainOk() ? 0 : 1;
            }
        }
    }
}
