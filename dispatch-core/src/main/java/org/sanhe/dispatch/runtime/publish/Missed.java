package org.sanhe.dispatch.runtime.publish;

/**
 * The subscriber's buffer overflowed: the commands from {@code fromSequence} up to the one before the next
 * {@link Published} it receives were dropped for it. Read them from the journal to catch up.
 */
public record Missed(long fromSequence) implements Delivery {
}
