package org.sanhe.telephony.simulator;

import java.util.random.RandomGenerator;
import org.sanhe.dispatch.domain.geo.GeoPoint;

/** A latitude/longitude box; points are drawn uniformly in degrees. */
public record BoundingBox(double minLat, double minLon, double maxLat, double maxLon) implements PointSupplier {

    public BoundingBox {
        if (!(minLat < maxLat && minLon < maxLon)) {
            throw new IllegalArgumentException("empty bounding box");
        }
        new GeoPoint(minLat, minLon);
        new GeoPoint(maxLat, maxLon);
    }

    @Override
    public GeoPoint next(RandomGenerator random) {
        return new GeoPoint(minLat + random.nextDouble() * (maxLat - minLat),
                minLon + random.nextDouble() * (maxLon - minLon));
    }
}
