package org.sanhe.dispatch.domain.user;

/** What happened to a console session, as journaled for the auditor ({@code RecordSessionActivity}). */
public enum SessionActivity {
    /** A user signed in with the right password; a session began. */
    SIGNED_IN,
    /** A sign-in was refused: unknown user name or wrong password (the name is recorded as typed). */
    SIGN_IN_FAILED,
    /** The user signed out: the session's token was revoked at their own request. */
    SIGNED_OUT,
    /** A supervisor revoked the session. */
    REVOKED,
    /** The session ran out: idle too long, or past its absolute lifetime. */
    EXPIRED
}
