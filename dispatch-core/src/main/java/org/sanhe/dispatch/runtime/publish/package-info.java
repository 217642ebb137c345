/**
 * Outbound events: after a command is journaled and applied, its events are published, in sequence order, to
 * subscribers (the console's stream, the GIS index, metrics). Each subscriber has a bounded buffer and its own pace;
 * one that falls behind never slows the core: it is told which sequence it missed from and resumes from the journal.
 */
package org.sanhe.dispatch.runtime.publish;
