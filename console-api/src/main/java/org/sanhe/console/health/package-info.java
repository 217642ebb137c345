/** {@code GET /health}: whether the core answers, whether the journal can be written, and the PBX link's state. */
package org.sanhe.console.health;
