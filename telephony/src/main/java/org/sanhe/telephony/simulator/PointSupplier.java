package org.sanhe.telephony.simulator;

import java.util.random.RandomGenerator;
import org.sanhe.dispatch.domain.geo.GeoPoint;

/**
 * Where generated callers are: the server passes its city's districts; {@link BoundingBox} is
 * the simple default. Called on the generator's thread with the generator's seeded random source.
 */
@FunctionalInterface
public interface PointSupplier {

    GeoPoint next(RandomGenerator random);
}
