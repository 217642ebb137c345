package org.sanhe.bench.reliability;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The unique incident addresses a campaign's writers sent: those the API acknowledged (201), and those that got no
 * answer or another one, with why. An acknowledged command must be in every journal exactly once; an
 * unacknowledged one may be there, at most once. Thread-safe.
 */
final class Markers {

    final Map<String, Long> acked = new ConcurrentHashMap<>();
    final Map<String, String> unacknowledged = new ConcurrentHashMap<>();

    void acked(String address) {
        acked.put(address, 0L);
    }

    void unacknowledged(String address, String why) {
        unacknowledged.put(address, why);
    }
}
