package org.sanhe.dispatch.runtime.audit;

/**
 * The result of checking a journal's hash chain from its first entry.
 *
 * @param entries          entries that verified
 * @param lastSequence     the last verified sequence
 * @param chainOk          whether every entry verified
 * @param firstBadSequence the sequence at which verification failed, 0 when none
 * @param problem          what failed, null when nothing
 * @param headLink         hex of the last verified entry's link: compare it with a recorded one to detect truncation
 */
public record Verification(long entries, long lastSequence, boolean chainOk, long firstBadSequence, String problem,
                           String headLink) {
}
