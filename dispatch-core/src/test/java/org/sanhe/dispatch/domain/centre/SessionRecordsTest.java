package org.sanhe.dispatch.domain.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanhe.dispatch.domain.centre.Fixtures.defineRules;
import static org.sanhe.dispatch.domain.centre.Scenario.given;

import org.junit.jupiter.api.Test;
import org.sanhe.dispatch.domain.command.RecordSessionActivity;
import org.sanhe.dispatch.domain.event.SessionActivityRecorded;
import org.sanhe.dispatch.domain.user.SessionActivity;

/** Sign-ins, refusals and session ends are journaled for the auditor and change nothing in the centre. */
class SessionRecordsTest {

    @Test
    void aSessionRecordIsEchoedForAnyNameEvenUnknownOnes() {
        given(defineRules()).when(new RecordSessionActivity(SessionActivity.SIGN_IN_FAILED, "nobody", null,
                "10.0.0.7")).then(new SessionActivityRecorded(SessionActivity.SIGN_IN_FAILED, "nobody", null,
                "10.0.0.7"));
    }

    @Test
    void aSessionRecordDefinesNoUser() {
        Scenario s = given(defineRules());
        s.when(new RecordSessionActivity(SessionActivity.SIGNED_IN, "wang.li", "abc", null))
                .then(new SessionActivityRecorded(SessionActivity.SIGNED_IN, "wang.li", "abc", null));
        assertThat(s.centre().users().all()).isEmpty();
    }
}
