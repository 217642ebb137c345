package org.sanhe.dispatch.domain.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanhe.dispatch.domain.centre.Fixtures.defineRules;
import static org.sanhe.dispatch.domain.centre.Scenario.given;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanhe.dispatch.domain.command.DefineUser;
import org.sanhe.dispatch.domain.command.RemoveUser;
import org.sanhe.dispatch.domain.command.ResetPassword;
import org.sanhe.dispatch.domain.event.PasswordReset;
import org.sanhe.dispatch.domain.event.RejectReason;
import org.sanhe.dispatch.domain.event.UserDefined;
import org.sanhe.dispatch.domain.event.UserRemoved;
import org.sanhe.dispatch.domain.user.User;

/** Users as journaled data: the configuration defines them, a supervisor resets passwords; no event has a hash. */
class UserRulesTest {

    private static final DefineUser WANG = new DefineUser("wang.li", List.of("dispatcher", "calltaker"), "h1");

    @Test
    void aDefinedUserHasTheConfiguredHashAndTheEventCarriesNone() {
        Scenario s = given(defineRules());
        s.when(WANG).then(new UserDefined("wang.li", List.of("calltaker", "dispatcher")));
        assertThat(s.centre().users().get("wang.li"))
                .isEqualTo(new User("wang.li", List.of("calltaker", "dispatcher"), "h1", "h1"));
        s.when(WANG).thenRejected(RejectReason.NOTHING_TO_CHANGE);
    }

    @Test
    void aResetPasswordSurvivesTheSameConfigurationAndANewConfiguredHashReplacesIt() {
        Scenario s = given(defineRules(), WANG);
        s.when(new ResetPassword("wang.li", "h2")).then(new PasswordReset("wang.li"));
        assertThat(s.centre().users().get("wang.li").passwordHash()).isEqualTo("h2");
        s.when(WANG).thenRejected(RejectReason.NOTHING_TO_CHANGE);
        s.when(new DefineUser("wang.li", List.of("dispatcher", "calltaker"), "h3"))
                .then(new UserDefined("wang.li", List.of("calltaker", "dispatcher")));
        assertThat(s.centre().users().get("wang.li").passwordHash()).isEqualTo("h3");
    }

    @Test
    void unknownUsersAreRefusedAndARemovedUserIsGone() {
        given(defineRules()).when(new ResetPassword("nobody", "h")).thenRejected(RejectReason.UNKNOWN_USER);
        given(defineRules()).when(new RemoveUser("nobody")).thenRejected(RejectReason.UNKNOWN_USER);
        Scenario s = given(defineRules(), WANG);
        s.when(new RemoveUser("wang.li")).then(new UserRemoved("wang.li"));
        assertThat(s.centre().users().get("wang.li")).isNull();
    }
}
