package org.sanhe.dispatch.domain.geo;

/** Where a caller's location came from. */
public enum LocationSource {
    /** The handset itself (Advanced Mobile Location by SMS or data, or a SIP header), usually tens of metres. */
    DEVICE,
    /** The network operator (ALI, cell or address lookup), from a hundred metres to kilometres. */
    NETWORK,
    /** Entered by a call-taker from what the caller said. */
    MANUAL
}
