/**
 * Call recordings: {@code GET /api/v1/calls/{id}/recording} streams the PBX's recording of a call (its name is a
 * journaled fact of the call, {@code AttachRecording}) from the directory where this server reads the PBX's
 * recordings, with byte ranges. {@link RecordingFiles} is the one place that turns a PBX's name into a file, and
 * refuses names that would leave the directory; {@link RecordingRoutes} decides who may listen.
 */
package org.sanhe.console.recording;
