package org.sanhe.console.http;

import java.util.ArrayDeque;

/**
 * Keeps one connection's replies in request order, as HTTP/1.1 requires of pipelined requests, although routes
 * finish in any order. Confined to the channel's event loop.
 */
final class ReplyOrder {

    /** One request's place in line; its reply once known. */
    static final class Slot {
        private Runnable write;
    }

    private final ArrayDeque<Slot> line = new ArrayDeque<>();

    Slot enqueue() {
        Slot slot = new Slot();
        line.add(slot);
        return slot;
    }

    /** The slot's reply is ready: writes it, and every later one already ready, once those before it are out. */
    void ready(Slot slot, Runnable write) {
        slot.write = write;
        while (!line.isEmpty() && line.peek().write != null) {
            line.poll().write.run();
        }
    }
}
