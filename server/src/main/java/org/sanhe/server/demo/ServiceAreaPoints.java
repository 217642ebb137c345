package org.sanhe.server.demo;

import java.util.List;
import java.util.random.RandomGenerator;
import org.locationtech.jts.geom.Envelope;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.gis.district.District;
import org.sanhe.gis.district.DistrictMap;
import org.sanhe.telephony.simulator.PointSupplier;

/**
 * Random callers inside the service area: a district drawn uniformly (so the small, dense city districts get as many
 * calls as the large rural counties), then a point drawn uniformly in its envelope until one falls inside it. Called
 * on the simulator's generator thread with its seeded random source, so the same seed gives the same points.
 */
public final class ServiceAreaPoints implements PointSupplier {

    private static final int MAX_TRIES = 10_000;

    private final DistrictMap districts;
    private final List<District> list;

    public ServiceAreaPoints(DistrictMap districts) {
        this.districts = districts;
        this.list = districts.districts();
    }

    @Override
    public GeoPoint next(RandomGenerator random) {
        District district = list.get(random.nextInt(list.size()));
        Envelope box = district.boundary().getEnvelopeInternal();
        for (int i = 0; i < MAX_TRIES; i++) {
            GeoPoint point = new GeoPoint(box.getMinY() + random.nextDouble() * box.getHeight(),
                    box.getMinX() + random.nextDouble() * box.getWidth());
            if (districts.locate(point).filter(d -> d.code().equals(district.code())).isPresent()) {
                return point;
            }
        }
        return district.label();
    }
}
