package org.sanhe.gis.recommend;

/** Why a candidate's ranking may be wrong. */
public enum Warning {
    /** Its last position is older than the configured age: it may not be where the ranking assumes. */
    STALE_POSITION,
    /** Its position carries no time (e.g. a home position from registration). */
    POSITION_TIME_UNKNOWN
}
