package org.sanhe.gis.recommend;

/**
 * Tunables of the {@link Recommender}.
 *
 * @param stalePositionMillis a position older than this gets {@link Warning#STALE_POSITION}
 * @param alternates          how many runners-up to list per need
 * @param extraPool           how many more straight-line-nearest units than needed are re-ranked by ETA (ETA is not
 *                            monotone in distance when speeds differ by unit type, or with a road router)
 */
public record RecommenderSettings(long stalePositionMillis, int alternates, int extraPool) {

    public RecommenderSettings {
        if (stalePositionMillis < 0 || alternates < 0 || extraPool < 0) {
            throw new IllegalArgumentException("settings must not be negative");
        }
    }

    /** Stale after 2 minutes, 3 alternates, 10 extra. */
    public static RecommenderSettings defaults() {
        return new RecommenderSettings(120_000, 3, 10);
    }
}
