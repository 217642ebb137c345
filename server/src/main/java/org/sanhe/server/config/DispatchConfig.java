package org.sanhe.server.config;

import java.util.List;
import org.sanhe.console.web.MapTiles;
import org.sanhe.interop.eido.EidoSettings;
import org.sanhe.dispatch.domain.rules.CentreRules;
import org.sanhe.gis.roads.RoadSettings;
import org.sanhe.gis.station.Fleet;
import org.sanhe.telephony.config.TelephonyConfig;

/**
 * The whole validated configuration of one server. Immutable; built by {@link ConfigLoader}.
 *
 * @param server    where the console API listens
 * @param journal   journal and snapshots
 * @param demo      whether the demo users, stations, units and driving fleet are on
 * @param demoDrive with {@code demo}, whether the demo units drive by themselves (off: moved by hand or by a test)
 * @param simulator the built-in PBX simulator
 * @param telephony the {@code telephony:} section without {@code simulator}, as the adapter takes it
 * @param users     the configured users, followed by the {@link DemoUsers} when {@code demo} is on
 * @param rules     the centre's rules, journaled at start when they differ from the journal's
 * @param tiles     the console map's tile server ({@code map.tiles}), or null for the vector layers alone
 * @param fleet     the fleet file's stations and units ({@code fleet.file}), journaled at start where they differ
 *                  from the journal's; null when the fleet is kept through the API alone
 * @param city      the city: its name, its districts (read and checked) and their metric grid
 * @param roads     the road network ({@code gis.roads}), or null for straight-line estimates everywhere
 * @param eido      the {@code eido:} section: this centre's id in EIDO URNs, the type table and default for imports
 * @param cluster   the {@code cluster:} section, checked (the server does not run as a cluster member yet)
 */
public record DispatchConfig(ServerSettings server, JournalSettings journal, boolean demo, boolean demoDrive,
                             SimulatorSettings simulator, TelephonyConfig telephony, List<UserRecord> users,
                             CentreRules rules, MapTiles tiles, Fleet fleet, CitySettings city, RoadSettings roads,
                             EidoSettings eido, ClusterSettings cluster) {

    public DispatchConfig {
        users = List.copyOf(users);
    }
}
