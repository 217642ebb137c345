package org.sanhe.gis.station;

import java.util.ArrayList;
import java.util.List;
import org.sanhe.dispatch.domain.station.Station;

/**
 * How the demo generator spreads an agency's units over its stations and equips them: every station gets
 * {@code units / stations} units and the first {@code units % stations} one more; the first unit of a station is its
 * workhorse (patrol car, motorcycle, pumper), further units rotate through the specialties.
 */
final class DemoUnits {

    private DemoUnits() {
    }

    static List<StationUnit> spread(DemoFleetGenerator.AgencyPlan plan, List<Station> stations) {
        List<StationUnit> units = new ArrayList<>();
        int base = plan.units() / stations.size();
        int extra = plan.units() % stations.size();
        for (int s = 0; s < stations.size(); s++) {
            Station station = stations.get(s);
            int count = base + (s < extra ? 1 : 0);
            for (int u = 0; u < count; u++) {
                List<String> capabilities = capabilities(plan.agency(), s, u);
                String id = String.format("%s-%02d%02d", plan.unitLetter(), s + 1, u + 1);
                String callSign = String.format("%s %02d-%d", callSignWord(plan.agency(), capabilities), s + 1, u + 1);
                units.add(new StationUnit(id, callSign, plan.agency(), capabilities, station.id(), station.position()));
            }
        }
        return units;
    }

    private static List<String> capabilities(String agency, int station, int unit) {
        return switch (agency) {
            case "police" -> unit < 2 ? List.of("patrol")
                    : station % 2 == 0 ? List.of("k9", "patrol") : List.of("swat");
            case "traffic" -> unit == 0 || station % 2 == 1 ? List.of("motorcycle") : List.of("tow");
            default -> unit == 0 ? List.of("pumper") : List.of(List.of("ladder", "rescue", "pumper", "hazmat")
                    .get(station % 4));
        };
    }

    private static String callSignWord(String agency, List<String> capabilities) {
        return switch (agency) {
            case "police" -> capabilities.contains("swat") ? "SWAT" : capabilities.contains("k9") ? "K9" : "Patrol";
            case "traffic" -> capabilities.contains("tow") ? "Tow" : "Moto";
            default -> switch (capabilities.get(0)) {
                case "ladder" -> "Ladder";
                case "rescue" -> "Rescue";
                case "hazmat" -> "Hazmat";
                default -> "Engine";
            };
        };
    }
}
