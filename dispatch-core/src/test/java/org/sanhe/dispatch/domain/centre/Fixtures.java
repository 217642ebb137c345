package org.sanhe.dispatch.domain.centre;

import java.util.List;
import org.sanhe.dispatch.domain.command.DefineRules;
import org.sanhe.dispatch.domain.command.RegisterUnit;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.rules.CentreRules;
import org.sanhe.dispatch.domain.rules.DuplicatePolicy;
import org.sanhe.dispatch.domain.rules.IncidentType;
import org.sanhe.dispatch.domain.rules.Line;
import org.sanhe.dispatch.domain.rules.Need;
import org.sanhe.dispatch.domain.rules.TimerPolicy;

/**
 * The rules and places the core's tests share: three lines, three agencies, a small run-card table. The points are
 * test inputs chosen near Xi'an's centre; they stand for nothing real.
 */
public final class Fixtures {

    public static final String POLICE = "police";
    public static final String TRAFFIC = "traffic";
    public static final String FIRE = "fire";

    public static final GeoPoint CENTRE = new GeoPoint(34.2610, 108.9420);
    /** About 111 m north of {@link #CENTRE}. */
    public static final GeoPoint NEAR = new GeoPoint(34.2620, 108.9420);
    /** About 11 km north of {@link #CENTRE}. */
    public static final GeoPoint FAR = new GeoPoint(34.3610, 108.9420);

    private Fixtures() {
    }

    public static CentreRules rules() {
        return new CentreRules(
                List.of(POLICE, TRAFFIC, FIRE),
                List.of(new Line("110", POLICE, "匪警", "Police"),
                        new Line("122", TRAFFIC, "交通事故报警", "Traffic police"),
                        new Line("119", FIRE, "火警", "Fire")),
                List.of(
                        type("ROBBERY", 1, List.of("110"), List.of(new Need(POLICE, 1, null)), List.of()),
                        type("THEFT", 3, List.of("110"), List.of(new Need(POLICE, 1, null)), List.of("ROBBERY")),
                        type("TRAFFIC_COLLISION", 3, List.of("122"), List.of(new Need(TRAFFIC, 1, null)), List.of()),
                        type("COLLISION_INJURY", 2, List.of("122", "110"),
                                List.of(new Need(TRAFFIC, 1, null), new Need(POLICE, 1, null)),
                                List.of("TRAFFIC_COLLISION")),
                        type("BUILDING_FIRE", 1, List.of("119"),
                                List.of(new Need(FIRE, 2, null), new Need(POLICE, 1, null)), List.of()),
                        type("HIGH_RISE_FIRE", 1, List.of("119"),
                                List.of(new Need(FIRE, 2, null), new Need(FIRE, 1, List.of("ladder")),
                                        new Need(POLICE, 1, null)), List.of("BUILDING_FIRE")),
                        type("COLLISION_FIRE", 1, List.of("119", "122"),
                                List.of(new Need(FIRE, 1, null), new Need(TRAFFIC, 1, null),
                                        new Need(POLICE, 1, null)),
                                List.of("TRAFFIC_COLLISION", "COLLISION_INJURY"))),
                DuplicatePolicy.defaults(),
                TimerPolicy.defaults());
    }

    public static DefineRules defineRules() {
        return new DefineRules(rules());
    }

    private static IncidentType type(String code, int priority, List<String> lines, List<Need> plan,
                                     List<String> compatible) {
        return new IncidentType(code, code, code, priority, lines, plan, compatible);
    }

    public static RegisterUnit police(String id) {
        return new RegisterUnit(id, id, POLICE, List.of("patrol"), "S-P1", CENTRE);
    }

    public static RegisterUnit traffic(String id) {
        return new RegisterUnit(id, id, TRAFFIC, List.of("motorcycle"), "S-T1", CENTRE);
    }

    public static RegisterUnit fire(String id, String... capabilities) {
        return new RegisterUnit(id, id, FIRE, List.of(capabilities), "S-F1", CENTRE);
    }
}
