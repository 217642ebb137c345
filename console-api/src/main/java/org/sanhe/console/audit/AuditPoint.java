package org.sanhe.console.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.Predicate;
import org.sanhe.console.http.ApiError;
import org.sanhe.dispatch.runtime.audit.AuditReader;
import org.sanhe.dispatch.runtime.journal.JournalEntry;

/**
 * Where {@code /audit/state?at=} asks for the centre: right after a sequence, or at an instant (epoch milliseconds).
 * Parsed on the event loop; immutable.
 *
 * @param bySequence whether {@code value} is a sequence rather than an instant
 */
record AuditPoint(boolean bySequence, long value) {

    /**
     * The point in the query value.
     *
     * @throws ApiError 400 {@code BAD_FIELD} when it is missing, or neither a sequence nor an ISO-8601 instant
     */
    static AuditPoint parse(String at) {
        if (at == null || at.isBlank()) {
            throw ApiError.badField("at", "at is required: a sequence number or an ISO-8601 instant");
        }
        if (at.chars().allMatch(Character::isDigit)) {
            try {
                return new AuditPoint(true, Long.parseLong(at));
            } catch (NumberFormatException e) {
                throw ApiError.badField("at", "the sequence is too large");
            }
        }
        try {
            return new AuditPoint(false, Instant.parse(at).toEpochMilli());
        } catch (DateTimeParseException | ArithmeticException e) {
            throw ApiError.badField("at", "at must be a sequence number or an ISO-8601 instant such as "
                    + "2026-11-27T08:00:00Z");
        }
    }

    /** The journal entries up to the point. */
    Predicate<JournalEntry> upTo() {
        return bySequence ? AuditReader.untilSequence(value) : AuditReader.untilInstant(value);
    }
}
