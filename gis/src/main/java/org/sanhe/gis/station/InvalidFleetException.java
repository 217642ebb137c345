package org.sanhe.gis.station;

/** A fleet file that cannot be used; the message names the file, the entry and the problem, one per line. */
public final class InvalidFleetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidFleetException(String message) {
        super(message);
    }
}
