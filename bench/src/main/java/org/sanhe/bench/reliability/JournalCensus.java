package org.sanhe.bench.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * What one journal holds, counted from {@code journal export}: how many commands carry each incident address (the
 * campaigns' unique markers), and per PBX call how many offers, answers and terminal commands (end or abandon) were
 * journaled, the counts {@link CallLedger} keeps for a live feed.
 */
final class JournalCensus {

    private static final ObjectMapper JSON = new ObjectMapper();

    final Map<String, Integer> addresses = new HashMap<>();
    final Map<String, CallLedger.Counts> calls = new HashMap<>();

    /** Exports the journal with the offline tool and counts it. */
    static JournalCensus of(JournalTool tool) throws IOException, InterruptedException {
        JournalCensus census = new JournalCensus();
        tool.export(census::count);
        return census;
    }

    /** Counts one line of {@code journal export} (lines that are not JSON objects are skipped). */
    void count(String line) {
        if (!line.startsWith("{")) {
            return;
        }
        JsonNode command;
        try {
            command = JSON.readTree(line).path("command");
        } catch (IOException e) {
            throw new UncheckedIOException("journal export printed a line that is not JSON: " + line, e);
        }
        if (command.hasNonNull("address")) {
            addresses.merge(command.path("address").asText(), 1, Integer::sum);
        }
        String callId = command.path("callId").asText(null);
        if (callId == null) {
            return;
        }
        CallLedger.Counts c = calls.computeIfAbsent(callId, k -> new CallLedger.Counts());
        switch (command.path("@type").asText()) {
            case "OfferCall" -> c.offers++;
            case "AnswerCall" -> c.answers++;
            case "EndCall", "AbandonCall" -> c.terminals++;
            default -> { }
        }
    }

    /** How many commands carry this address. */
    int times(String address) {
        return addresses.getOrDefault(address, 0);
    }
}
