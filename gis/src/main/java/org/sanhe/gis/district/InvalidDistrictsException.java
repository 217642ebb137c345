package org.sanhe.gis.district;

import java.util.List;

/**
 * A district file cannot be used. Each problem names the feature it is about ({@code features[3] (code 610103):
 * ...}), or the file as a whole; the message lists them all, one per line.
 */
public final class InvalidDistrictsException extends RuntimeException {

    private final List<String> problems;

    public InvalidDistrictsException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in the order of the file. */
    public List<String> problems() {
        return problems;
    }
}
