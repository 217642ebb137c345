/**
 * Which emergency line (110, 122, 119 …) a call belongs to. The PBX does not say: a trunk may deliver a DID instead of
 * the emergency number, and an IVR may route to a queue by name. Ordered rules from configuration decide, first match
 * wins, on the dialled extension, the queue, a channel variable or the context; a call matching none is still offered
 * on the line {@code UNKNOWN}.
 */
package org.sanhe.telephony.line;
