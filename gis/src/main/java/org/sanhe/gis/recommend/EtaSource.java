package org.sanhe.gis.recommend;

/** Which method gave a candidate's ETA and distance. */
public enum EtaSource {
    /** Drive time and distance along the road network. */
    ROAD,
    /** Great-circle distance times a detour factor over a speed: no roads configured, or off the network. */
    STRAIGHT_LINE
}
