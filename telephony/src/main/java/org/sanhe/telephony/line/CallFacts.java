package org.sanhe.telephony.line;

/**
 * What the PBX has told about a call so far, as the line rules see it. Any fact may be null when not (yet) known.
 */
public interface CallFacts {

    /** The dialled extension (the DID or emergency number the caller's channel entered the dialplan with). */
    String exten();

    /** The queue the caller joined. */
    String queue();

    /** The context the caller's channel entered the dialplan in. */
    String context();

    /** A channel variable's value as last set on the caller's channel. */
    String variable(String name);
}
