package org.sanhe.dispatch.domain.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanhe.dispatch.domain.centre.Fixtures.CENTRE;
import static org.sanhe.dispatch.domain.centre.Fixtures.FAR;
import static org.sanhe.dispatch.domain.centre.Fixtures.defineRules;
import static org.sanhe.dispatch.domain.centre.Scenario.given;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.CloseIncident;
import org.sanhe.dispatch.domain.command.ImportIncident;
import org.sanhe.dispatch.domain.event.IncidentImported;
import org.sanhe.dispatch.domain.event.IncidentOpened;
import org.sanhe.dispatch.domain.event.IncidentUpdated;
import org.sanhe.dispatch.domain.event.NoteAdded;
import org.sanhe.dispatch.domain.event.RejectReason;
import org.sanhe.dispatch.domain.event.TimerScheduled;
import org.sanhe.dispatch.domain.incident.Disposition;
import org.sanhe.dispatch.domain.incident.Incident;
import org.sanhe.dispatch.domain.incident.IncidentSource;
import org.sanhe.dispatch.domain.incident.Note;
import org.sanhe.dispatch.domain.incident.ReportedCall;

/** Incidents received from another centre: opened once per source document, updated by the same document id. */
class ImportRulesTest {

    static final IncidentSource SOURCE = new IncidentSource("urn:emergency:uid:incidentid:42:partner.example",
            "idx.partner.example", "partner.example", "42");
    static final Actor PARTNER_AGENT = Actor.system("agent7@partner.example");
    static final ReportedCall CALL = new ReportedCall("urn:emergency:uid:callid:1:partner.example", "sos",
            "tel:+8613800000000", 1_000, 5_000, "agent7@partner.example");
    static final Note SEEN = new Note(6_000, PARTNER_AGENT, "smoke from the second floor");

    static ImportIncident fire(List<ReportedCall> calls, List<Note> notes) {
        return new ImportIncident(SOURCE, "BUILDING_FIRE", 0, CENTRE, "610103", "Bell Tower", calls, notes);
    }

    @Test
    void theFirstDocumentOpensAnIncidentThatKeepsItsSourceCallsAndNotes() {
        Scenario s = given(defineRules());
        long t = s.next();
        Scenario.Then then = s.when(fire(List.of(CALL), List.of(SEEN)));
        then.thenContains(new IncidentOpened(1, "BUILDING_FIRE", 1, CENTRE, "610103", "Bell Tower", null, t),
                new NoteAdded(1, SEEN), new IncidentImported(1, SOURCE, List.of(CALL), true));
        assertThat(then.the(TimerScheduled.class).timer().incidentId()).isEqualTo(1);
        Incident incident = s.centre().incidents().get(1);
        assertThat(incident.source()).isEqualTo(SOURCE);
        assertThat(incident.reportedCalls()).containsExactly(CALL);
        assertThat(incident.callIds()).isEmpty();
        assertThat(s.centre().incidents().fromSource(SOURCE.documentId())).isSameAs(incident);
    }

    @Test
    void theSameDocumentIdUpdatesThatIncidentAndANoteAlreadyThereIsNotAddedTwice() {
        Scenario s = given(defineRules(), fire(List.of(), List.of(SEEN)));
        ReportedCall second = new ReportedCall("urn:emergency:uid:callid:2:partner.example", null, null, 7_000, 0,
                null);
        Note more = new Note(8_000, PARTNER_AGENT, "two people on the roof");
        Scenario.Then then = s.when(new ImportIncident(SOURCE, "BUILDING_FIRE", 2, FAR, "610104", null,
                List.of(CALL, second), List.of(SEEN, more)));
        then.thenContains(new IncidentUpdated(1, "BUILDING_FIRE", 2, FAR, "610104", "Bell Tower"),
                new NoteAdded(1, more), new IncidentImported(1, SOURCE, List.of(CALL, second), false));
        assertThat(then.events().stream().filter(NoteAdded.class::isInstance)).hasSize(1);
        assertThat(s.centre().incidents().lastId()).isEqualTo(1);
        assertThat(s.centre().incidents().get(1).notes()).containsExactly(SEEN, more);
        assertThat(s.centre().incidents().get(1).reportedCalls()).containsExactly(CALL, second);
    }

    @Test
    void aDocumentSentTwiceChangesNothingButSaysWhichIncidentItIs() {
        Scenario s = given(defineRules(), fire(List.of(CALL), List.of(SEEN)));
        Scenario.Then then = s.when(fire(List.of(CALL), List.of(SEEN)));
        then.then(new IncidentImported(1, SOURCE, List.of(CALL), false));
    }

    @Test
    void anUnknownTypeOrAClosedIncidentIsRefused() {
        given(defineRules()).when(new ImportIncident(SOURCE, "NO_SUCH_TYPE", 0, CENTRE, null, null, List.of(),
                List.of())).thenRejected(RejectReason.UNKNOWN_INCIDENT_TYPE);
        given(defineRules(), fire(List.of(), List.of()), new CloseIncident(1, Disposition.RESOLVED, null))
                .when(fire(List.of(), List.of())).thenRejected(RejectReason.INCIDENT_CLOSED);
    }
}
