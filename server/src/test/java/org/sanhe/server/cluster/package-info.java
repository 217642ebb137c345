/**
 * The server as a 3-member cluster in one JVM: three {@code ServerAssembly}s on loopback, each with its own console,
 * journal and cluster directory, fed by one PBX simulator ({@link org.sanhe.server.cluster.ThreeServers}).
 */
package org.sanhe.server.cluster;
