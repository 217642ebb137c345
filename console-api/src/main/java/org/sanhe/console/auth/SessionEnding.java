package org.sanhe.console.auth;

/** Why a session ended. */
public enum SessionEnding {
    /** Its user signed out. */
    SIGNED_OUT,
    /** A supervisor revoked it. */
    REVOKED,
    /** Idle too long, or past its absolute lifetime. */
    EXPIRED,
    /** The centre changed its user (removed, redefined, new password): a journaled command already says so. */
    USER_CHANGED
}
