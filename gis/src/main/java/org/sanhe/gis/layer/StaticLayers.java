package org.sanhe.gis.layer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.sanhe.dispatch.domain.station.Station;
import org.sanhe.gis.district.District;
import org.sanhe.gis.district.DistrictMap;
import org.sanhe.gis.geojson.GeoJson;
import org.sanhe.gis.projection.Datum;
import org.sanhe.gis.station.StationArea;
import org.sanhe.gis.station.StationAreas;

/**
 * The layers that change only with the configuration: districts, stations, station areas. Pure functions of their
 * arguments, thread-safe; the console API builds each once per datum and caches the result (a fresh tree is
 * returned on every call, which the caller may change).
 */
public final class StaticLayers {

    private StaticLayers() {
    }

    /** One polygon feature per district, id = code; properties code, name, nameEn. */
    public static ObjectNode districts(DistrictMap map, Datum datum) {
        List<ObjectNode> features = new ArrayList<>();
        for (District d : map.districts()) {
            ObjectNode p = GeoJson.object().put("code", d.code()).put("name", d.name()).put("nameEn", d.nameEn());
            p.set("label", GeoJson.point(d.label(), datum).get("coordinates"));
            features.add(GeoJson.feature(d.code(), GeoJson.geometry(d.boundary(), datum), p));
        }
        return GeoJson.featureCollection(features);
    }

    /** One point feature per station, id = station id; properties name, agency, district. */
    public static ObjectNode stations(List<Station> stations, Datum datum) {
        List<ObjectNode> features = new ArrayList<>();
        for (Station s : stations) {
            ObjectNode p = GeoJson.object().put("name", s.name()).put("agency", s.agency())
                    .put("district", s.district());
            features.add(GeoJson.feature(s.id(), GeoJson.point(s.position(), datum), p));
        }
        return GeoJson.featureCollection(features);
    }

    /** One polygon feature per first-due area, id = "area-" + station id; properties station, name, agency. */
    public static ObjectNode stationAreas(StationAreas areas, Datum datum) {
        List<ObjectNode> features = new ArrayList<>();
        for (StationArea a : areas.all()) {
            ObjectNode p = GeoJson.object().put("station", a.station().id()).put("name", a.station().name())
                    .put("agency", a.station().agency());
            features.add(GeoJson.feature("area-" + a.station().id(), GeoJson.geometry(a.area(), datum), p));
        }
        return GeoJson.featureCollection(features);
    }
}
