package org.sanhe.dispatch.domain.command;

/** Removes a user the configuration no longer lists; their sign-ins stop working. */
public record RemoveUser(String username) implements Command {

    public RemoveUser {
        Fields.text(username, "username");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.removeUser(this);
    }
}
