package org.sanhe.dispatch.domain.event;

/** Receives the events of one command, in order, on the core's thread. Must not call back into the core. */
@FunctionalInterface
public interface EventSink {

    void accept(Event event);
}
