/**
 * The intervals that emergency centres are judged on (NENA STA-020 answer times, NFPA 1225 call processing), each
 * measured from command timestamps when it completes and published as an {@code IntervalMeasured} event.
 */
package org.sanhe.dispatch.interval;
