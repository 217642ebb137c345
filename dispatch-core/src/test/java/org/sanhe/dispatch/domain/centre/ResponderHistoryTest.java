package org.sanhe.dispatch.domain.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanhe.dispatch.domain.centre.Fixtures.FIRE;
import static org.sanhe.dispatch.domain.centre.Fixtures.POLICE;
import static org.sanhe.dispatch.domain.centre.Fixtures.defineRules;
import static org.sanhe.dispatch.domain.centre.Fixtures.fire;
import static org.sanhe.dispatch.domain.centre.Fixtures.police;
import static org.sanhe.dispatch.domain.centre.IncidentRulesTest.open;
import static org.sanhe.dispatch.domain.centre.Scenario.given;

import org.junit.jupiter.api.Test;
import org.sanhe.dispatch.domain.command.AssignUnit;
import org.sanhe.dispatch.domain.command.ChangeUnitStatus;
import org.sanhe.dispatch.domain.command.CloseIncident;
import org.sanhe.dispatch.domain.command.ReleaseUnit;
import org.sanhe.dispatch.domain.incident.Disposition;
import org.sanhe.dispatch.domain.incident.Incident;
import org.sanhe.dispatch.domain.incident.Responder;
import org.sanhe.dispatch.domain.unit.UnitStatus;

/**
 * An incident keeps every unit it ever had: released, diverted away or freed by its close, each with its agency, its
 * last status there and its times, so that a closed incident still names its units (its EIDO export does).
 */
class ResponderHistoryTest {

    @Test
    void aClosedIncidentKeepsEveryUnitItHadWithItsLastStatusAndTimes() {
        Scenario s = given(defineRules(), fire("F1"), police("P1"), open("BUILDING_FIRE"));
        long sent = s.next();
        s.and(new AssignUnit(1, "F1"), new AssignUnit(1, "P1"));
        s.and(new ChangeUnitStatus("F1", UnitStatus.EN_ROUTE));
        long onScene = s.next();
        s.and(new ChangeUnitStatus("F1", UnitStatus.ON_SCENE));
        long released = s.next();
        s.and(new ReleaseUnit(1, "P1", "not needed"));
        long closed = s.next();

        s.when(new CloseIncident(1, Disposition.RESOLVED, null));

        Incident incident = s.centre().incidents().get(1);
        assertThat(incident.unitIds()).isEmpty();
        assertThat(incident.responders()).containsExactly(
                new Responder("F1", FIRE, sent, "ON_SCENE", onScene, closed),
                new Responder("P1", POLICE, sent + 1000, "DISPATCHED", sent + 1000, released));
        assertThat(Invariants.checkAll(s.centre())).isEmpty();
    }

    @Test
    void aUnitSentAgainTakesUpItsEntryAndADivertedUnitStaysOnTheIncidentItLeft() {
        Scenario s = given(defineRules(), police("P1"), open("THEFT"), open("ROBBERY"), new AssignUnit(1, "P1"),
                new ReleaseUnit(1, "P1", "wrong call"));
        long again = s.next();
        s.and(new AssignUnit(1, "P1"));
        long diverted = s.next();

        s.when(new AssignUnit(2, "P1", true, null));

        assertThat(s.centre().incidents().get(1).responders()).containsExactly(
                new Responder("P1", POLICE, again, "DISPATCHED", again, diverted));
        assertThat(s.centre().incidents().get(2).responders()).containsExactly(
                new Responder("P1", POLICE, diverted, "DISPATCHED", diverted, 0));
        assertThat(Invariants.checkAll(s.centre())).isEmpty();
    }
}
