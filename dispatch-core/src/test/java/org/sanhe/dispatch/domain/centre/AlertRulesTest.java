package org.sanhe.dispatch.domain.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanhe.dispatch.domain.centre.Scenario.T0;
import static org.sanhe.dispatch.domain.centre.Scenario.given;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanhe.dispatch.domain.alert.AlertArea;
import org.sanhe.dispatch.domain.alert.AlertCircle;
import org.sanhe.dispatch.domain.alert.AlertKey;
import org.sanhe.dispatch.domain.alert.AlertState;
import org.sanhe.dispatch.domain.alert.AlertText;
import org.sanhe.dispatch.domain.command.FireTimer;
import org.sanhe.dispatch.domain.command.ReceiveAlert;
import org.sanhe.dispatch.domain.event.AlertCancelled;
import org.sanhe.dispatch.domain.event.AlertExpired;
import org.sanhe.dispatch.domain.event.AlertReceived;
import org.sanhe.dispatch.domain.event.AlertRepeated;
import org.sanhe.dispatch.domain.event.AlertUpdated;
import org.sanhe.dispatch.domain.event.RejectReason;
import org.sanhe.dispatch.domain.event.TimerCancelled;
import org.sanhe.dispatch.domain.event.TimerScheduled;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.timer.TimerKind;

/** Public warnings: received once, in force until they expire or an update or cancel referencing them ends them. */
class AlertRulesTest {

    static final long HOUR = 3_600_000;
    static final AlertArea OLD_CITY = new AlertArea("old city", List.of(),
            List.of(new AlertCircle(new GeoPoint(34.26, 108.95), 3)));

    static AlertKey key(String identifier) {
        return new AlertKey("test@sanhe.example", identifier, "2026-11-27T08:00:00+08:00");
    }

    static ReceiveAlert alert(String identifier, long expiresAt) {
        return message(identifier, "Alert", List.of(), expiresAt);
    }

    static ReceiveAlert message(String identifier, String msgType, List<AlertKey> references, long expiresAt) {
        return new ReceiveAlert(key(identifier), T0, "Actual", msgType, "Public", references,
                new AlertText("zh-CN", "暴雨", "暴雨橙色预警", "Severe", "Expected", "Likely", "test"), expiresAt,
                List.of(OLD_CITY), "<alert>" + identifier + "</alert>");
    }

    @Test
    void anAlertIsActiveWithATimerAtItsExpiry() {
        Scenario s = given();
        long expires = s.next() + 2 * HOUR;
        var then = s.when(alert("A1", expires));

        TimerScheduled scheduled = then.the(TimerScheduled.class);
        assertThat(scheduled.timer().kind()).isEqualTo(TimerKind.ALERT_EXPIRY);
        assertThat(scheduled.timer().dueAt()).isEqualTo(expires);
        var alert = then.the(AlertReceived.class).alert();
        assertThat(alert.state()).isEqualTo(AlertState.ACTIVE);
        assertThat(alert.expiryTimerId()).isEqualTo(scheduled.timer().id());
        assertThat(alert.areas()).containsExactly(OLD_CITY);
        assertThat(s.centre().alerts().active()).containsExactly(alert);
    }

    @Test
    void theSameSenderIdentifierAndSentAgainChangesNothing() {
        Scenario s = given(alert("A1", T0 + 5 * HOUR));
        String before = s.centre().stateHash();

        s.when(alert("A1", T0 + 9 * HOUR)).then(new AlertRepeated(1));
        assertThat(s.centre().alerts().size()).isEqualTo(1);
        assertThat(s.centre().alerts().get(1).expiresAt()).isEqualTo(T0 + 5 * HOUR);
        assertThat(s.centre().timers().pending()).hasSize(1);
        assertThat(s.centre().stateHash()).isNotEqualTo(before);
    }

    @Test
    void itExpiresWhenItsTimerFiresAndNotBefore() {
        Scenario s = given(alert("A1", T0 + HOUR)).after(HOUR - 2_000);
        s.when(new FireTimer(1)).thenRejected(RejectReason.TIMER_NOT_DUE);
        s.after(HOUR);
        s.when(new FireTimer(1)).then(new AlertExpired(1));
        assertThat(s.centre().alerts().get(1).state()).isEqualTo(AlertState.EXPIRED);
        assertThat(s.centre().alerts().get(1).endedAt()).isEqualTo(s.now());
        assertThat(s.centre().alerts().active()).isEmpty();
    }

    @Test
    void anAlertThatArrivesExpiredIsRecordedAsExpired() {
        Scenario s = given();
        var then = s.when(alert("old", T0 - HOUR));
        assertThat(then.events()).hasSize(2).element(1).isEqualTo(new AlertExpired(1));
        then.thenNone(TimerScheduled.class);
        assertThat(s.centre().alerts().get(1).state()).isEqualTo(AlertState.EXPIRED);
    }

    @Test
    void aCancelEndsTheAlertsItReferencesAndTheirTimers() {
        Scenario s = given(alert("A1", T0 + HOUR), alert("A2", 0));
        var then = s.when(message("C1", "Cancel", List.of(key("A1"), key("A2"), key("never-seen")), 0));

        then.thenContains(new TimerCancelled(1), new AlertCancelled(1, 3), new AlertCancelled(2, 3));
        assertThat(then.the(AlertReceived.class).alert().state()).isEqualTo(AlertState.RECORDED);
        assertThat(s.centre().alerts().active()).isEmpty();
        assertThat(s.centre().timers().pending()).isEmpty();
        assertThat(s.centre().alerts().get(1).endedBy()).isEqualTo(3);
    }

    @Test
    void anUpdateSupersedesTheAlertItReferencesAndIsInForceItself() {
        Scenario s = given(alert("A1", T0 + HOUR));
        var then = s.when(message("U1", "Update", List.of(key("A1")), T0 + 3 * HOUR));

        then.thenContains(new TimerCancelled(1), new AlertUpdated(1, 2));
        assertThat(s.centre().alerts().active()).extracting(a -> a.id()).containsExactly(2L);
        assertThat(s.centre().alerts().get(1).state()).isEqualTo(AlertState.UPDATED);
        assertThat(s.centre().timers().pending()).singleElement()
                .satisfies(t -> assertThat(t.dueAt()).isEqualTo(T0 + 3 * HOUR));
    }

    @Test
    void aCancelOfAnAlertAlreadyEndedChangesNoOtherAlert() {
        Scenario s = given(alert("A1", T0 + HOUR), message("C1", "Cancel", List.of(key("A1")), 0));
        s.when(message("C2", "Cancel", List.of(key("A1")), 0)).thenNone(AlertCancelled.class);
        assertThat(s.centre().alerts().get(1).endedBy()).isEqualTo(2);
    }

    @Test
    void aDraftAndAnAcknowledgementAreRecordedWithoutEffect() {
        Scenario s = given(alert("A1", 0));
        ReceiveAlert draft = new ReceiveAlert(key("D1"), T0, "Draft", "Alert", "Public", List.of(), AlertText.NONE, 0,
                List.of(OLD_CITY), "<alert/>");
        s.when(draft).thenNone(TimerScheduled.class);
        s.when(message("K1", "Ack", List.of(key("A1")), 0)).thenNone(AlertCancelled.class);
        assertThat(s.centre().alerts().active()).extracting(a -> a.id()).containsExactly(1L);
        assertThat(s.centre().alerts().get(2).state()).isEqualTo(AlertState.RECORDED);
        assertThat(s.centre().alerts().get(3).state()).isEqualTo(AlertState.RECORDED);
    }

    @Test
    void anOpenPolygonIsNotAnArea() {
        GeoPoint a = new GeoPoint(34, 108);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new AlertArea("open", List.of(List.of(a,
                new GeoPoint(34, 109), new GeoPoint(35, 109), new GeoPoint(35, 108))), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
