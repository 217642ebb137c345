package org.sanhe.telephony.adapter;

/** The state of the adapter's link to the PBX. */
public enum LinkState {
    /** Not started, or closed. */
    STOPPED,
    /** Trying the first login. */
    CONNECTING,
    /** Logged in; events flow. */
    CONNECTED,
    /** The link dropped (or went silent); Asterisk-Java is reconnecting and events are being lost meanwhile. */
    RECONNECTING
}
