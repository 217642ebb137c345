/**
 * Duplicate detection: when an incident is opened, or a call gets a location, the core proposes open incidents that
 * may describe the same event, each with a score and the parts it is made of (distance, time, type, caller), so that
 * the console can say why. Linking is always the call-taker's decision, never automatic (GB 50313-2013).
 */
package org.sanhe.dispatch.domain.duplicate;
