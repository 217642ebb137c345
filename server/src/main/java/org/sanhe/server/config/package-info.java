/**
 * The server's configuration: the defaults in {@code config/dispatch.yaml} (on the classpath as
 * {@code dispatch.yaml}), a user's file overlaid on them, {@code SANHE_*} environment variables over single keys, read
 * into validated records. A bad value stops start-up with a {@link org.sanhe.server.config.ConfigProblem} naming
 * the key and what is wrong with it.
 */
package org.sanhe.server.config;
