package org.sanhe.dispatch.domain.command;

/**
 * Gives a user a new password (a supervisor's act; the new password is hashed at the edge, and only the hash is
 * journaled). The event it causes carries no hash.
 */
public record ResetPassword(String username, String passwordHash) implements Command {

    public ResetPassword {
        Fields.text(username, "username");
        Fields.text(passwordHash, "passwordHash");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.resetPassword(this);
    }
}
