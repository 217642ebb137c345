package org.sanhe.dispatch.domain.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanhe.dispatch.domain.centre.CallRulesTest.offer;
import static org.sanhe.dispatch.domain.centre.Fixtures.CENTRE;
import static org.sanhe.dispatch.domain.centre.Fixtures.FAR;
import static org.sanhe.dispatch.domain.centre.Fixtures.NEAR;
import static org.sanhe.dispatch.domain.centre.Fixtures.defineRules;
import static org.sanhe.dispatch.domain.centre.Scenario.given;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanhe.dispatch.domain.command.LocateCaller;
import org.sanhe.dispatch.domain.command.OfferCall;
import org.sanhe.dispatch.domain.command.OpenIncident;
import org.sanhe.dispatch.domain.duplicate.DuplicateCandidate;
import org.sanhe.dispatch.domain.event.CallLinked;
import org.sanhe.dispatch.domain.event.DuplicatesProposed;
import org.sanhe.dispatch.domain.geo.CallerLocation;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.geo.LocationSource;

/** Rule 3: the core proposes duplicates with a score and its parts; linking stays the call-taker's decision. */
class DuplicateRulesTest {

    static OpenIncident at(GeoPoint where, String type) {
        return new OpenIncident(type, 0, where, null, null, null, null);
    }

    @Test
    void aNewIncidentNearbyOfTheSameTypeIsProposedWithItsParts() {
        Scenario s = given(defineRules(), at(CENTRE, "BUILDING_FIRE")).after(6 * 60_000);
        DuplicatesProposed proposed = s.when(at(NEAR, "BUILDING_FIRE")).the(DuplicatesProposed.class);
        assertThat(proposed.incidentId()).isEqualTo(2);
        assertThat(proposed.callId()).isNull();
        DuplicateCandidate c = proposed.candidates().get(0);
        assertThat(c.incidentId()).isEqualTo(1);
        assertThat(c.distanceMeters()).isEqualTo(111);
        assertThat(c.millisApart()).isEqualTo(6 * 60_000);
        assertThat(c.distancePart()).isEqualTo(0.778);
        assertThat(c.timePart()).isEqualTo(0.8);
        assertThat(c.typePart()).isEqualTo(1.0);
        assertThat(c.callerPart()).isEqualTo(0.0);
        // (0.35 * 0.7776 + 0.2 * 0.8 + 0.2 * 1 + 0.25 * 0) / 1.0
        assertThat(c.score()).isEqualTo(0.632);
    }

    @Test
    void compatibleTypesScoreHalfAndUnrelatedTypesZeroForType() {
        Scenario s = given(defineRules(), at(CENTRE, "TRAFFIC_COLLISION"), at(CENTRE, "ROBBERY"));
        List<DuplicateCandidate> candidates = s.when(at(CENTRE, "COLLISION_FIRE"))
                .the(DuplicatesProposed.class).candidates();
        assertThat(candidates).extracting(DuplicateCandidate::incidentId, DuplicateCandidate::typePart)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 0.5),
                        org.assertj.core.groups.Tuple.tuple(2L, 0.0));
    }

    @Test
    void incidentsBeyondTheRadiusOrTheWindowAreNotProposed() {
        given(defineRules(), at(CENTRE, "BUILDING_FIRE")).when(at(FAR, "BUILDING_FIRE"))
                .thenNone(DuplicatesProposed.class);
        given(defineRules(), at(CENTRE, "BUILDING_FIRE")).after(31 * 60_000).when(at(CENTRE, "BUILDING_FIRE"))
                .thenNone(DuplicatesProposed.class);
    }

    @Test
    void theSameCallerFarAwayIsStillProposed() {
        Scenario s = given(defineRules(), new OfferCall("c1", "110", "13800000001", "ch1", null),
                new OpenIncident("THEFT", 0, CENTRE, null, null, null, "c1"),
                new OfferCall("c2", "110", "13800000001", "ch2", null));
        DuplicatesProposed proposed = s.when(new OpenIncident("THEFT", 0, FAR, null, null, null, "c2"))
                .the(DuplicatesProposed.class);
        assertThat(proposed.candidates()).singleElement().satisfies(c -> {
            assertThat(c.callerPart()).isEqualTo(1.0);
            assertThat(c.distancePart()).isEqualTo(0.0);
        });
    }

    @Test
    void aCallLocatedNearAnOpenIncidentGetsProposalsButIsNeverLinkedAutomatically() {
        Scenario s = given(defineRules(), at(CENTRE, "BUILDING_FIRE"), offer("c2", "119"));
        Scenario.Then then = s.when(new LocateCaller("c2", new CallerLocation(NEAR, 30, LocationSource.DEVICE)));
        DuplicatesProposed proposed = then.the(DuplicatesProposed.class);
        assertThat(proposed.callId()).isEqualTo("c2");
        assertThat(proposed.candidates()).singleElement().satisfies(c -> assertThat(c.typePart()).isEqualTo(1.0));
        then.thenNone(CallLinked.class);
        assertThat(s.centre().calls().get("c2").incidentId()).isZero();
    }

    @Test
    void aCallOfferedWithALocationIsComparedAtOnce() {
        given(defineRules(), at(CENTRE, "TRAFFIC_COLLISION"))
                .when(new OfferCall("c1", "122", null, "ch1", new CallerLocation(CENTRE, 50, LocationSource.NETWORK)))
                .the(DuplicatesProposed.class);
    }

    @Test
    void closedIncidentsAreNeverProposedAndTheBestComeFirstUpToTheLimit() {
        Scenario s = given(defineRules());
        for (int i = 0; i < 7; i++) {
            s.and(at(new GeoPoint(34.2610 + i * 0.0005, 108.9420), "THEFT"));
        }
        s.and(new org.sanhe.dispatch.domain.command.CloseIncident(1, org.sanhe.dispatch.domain.incident.Disposition.RESOLVED, null));
        List<DuplicateCandidate> candidates = s.when(at(CENTRE, "THEFT")).the(DuplicatesProposed.class)
                .candidates();
        assertThat(candidates).hasSize(5).extracting(DuplicateCandidate::incidentId).doesNotContain(1L, 8L);
        assertThat(candidates).extracting(DuplicateCandidate::score).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }
}
