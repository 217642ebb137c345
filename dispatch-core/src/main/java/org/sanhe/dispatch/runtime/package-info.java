/**
 * The running core: recovery, the journal, the sequencer, the publisher and the timer agent, started and stopped
 * together. The server's composition root creates one; tests create one over a temporary directory.
 */
package org.sanhe.dispatch.runtime;
