package org.sanhe.dispatch.domain.call;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** All calls of the centre in the order they were offered, and the PBX channels already seen. */
public final class CallBook {

    private final Map<String, Call> calls = new LinkedHashMap<>();
    private final Map<String, String> callByChannel = new HashMap<>();
    /** Lookup only, never iterated: every call from a number, in offer order. */
    private final Map<String, List<Call>> callsByCaller = new HashMap<>();

    /**
     * A book holding exactly these calls, in this order (their offer order), for snapshot restore only.
     *
     * @throws IllegalArgumentException when two calls share an id
     */
    public static CallBook restored(List<Call> calls) {
        CallBook book = new CallBook();
        calls.forEach(book::restore);
        return book;
    }

    /** The call, or null. */
    public Call get(String callId) {
        return calls.get(callId);
    }

    public boolean hasChannel(String channelId) {
        return callByChannel.containsKey(channelId);
    }

    void add(Call call) {
        calls.put(call.id(), call);
        callByChannel.put(call.channelId(), call.id());
        if (call.callerNumber() != null) {
            callsByCaller.computeIfAbsent(call.callerNumber(), n -> new ArrayList<>(2)).add(call);
        }
    }

    /** Every call from that number, in offer order; empty for a withheld number. */
    public List<Call> fromCaller(String callerNumber) {
        return callerNumber == null ? List.of() : callsByCaller.getOrDefault(callerNumber, List.of());
    }

    /**
     * Adds a call as recorded, with its channel, for snapshot restore only. Call in the order of {@link #all()}.
     *
     * @throws IllegalArgumentException when a call with that id is already here
     */
    private void restore(Call call) {
        if (calls.containsKey(call.id())) {
            throw new IllegalArgumentException("call " + call.id() + " restored twice");
        }
        add(call);
    }

    /** Every call in offer order; read-only view. */
    public Collection<Call> all() {
        return Collections.unmodifiableCollection(calls.values());
    }

    public int size() {
        return calls.size();
    }
}
