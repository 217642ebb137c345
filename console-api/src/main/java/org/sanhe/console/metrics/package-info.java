/**
 * Prometheus metrics through Micrometer: calls per line and queue length (read from the core at each scrape),
 * the answer-time histogram (from the hub's events), core command latency, the hub's lag behind the journal, and
 * the WebSocket clients.
 */
package org.sanhe.console.metrics;
