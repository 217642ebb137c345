package org.sanhe.gis.projection;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/** Applies a point-by-point coordinate transform to a copy of a geometry: JTS's filter written once. */
public final class PointwiseTransform {

    /** Transforms one (x, y) into {@code out[0]}, {@code out[1]}; called for every coordinate in turn. */
    @FunctionalInterface
    public interface XY {
        void transform(double x, double y, double[] out);
    }

    private PointwiseTransform() {
    }

    /** A copy of {@code geometry} with every coordinate transformed; the input is left as it was. */
    public static Geometry apply(Geometry geometry, XY transform) {
        Geometry copy = geometry.copy();
        double[] out = new double[2];
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                transform.transform(seq.getX(i), seq.getY(i), out);
                seq.setOrdinate(i, CoordinateSequence.X, out[0]);
                seq.setOrdinate(i, CoordinateSequence.Y, out[1]);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return copy;
    }
}
