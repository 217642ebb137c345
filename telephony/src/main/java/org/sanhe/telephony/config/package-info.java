/**
 * The telephony section of the server configuration, as records read with Jackson YAML: where the AMI is and how to
 * log in, the inbound context, the line rules, which agent interface is which call-taker, and which channel variables
 * carry the caller's device location and a call's recording, and where the recordings are readable. The server's composition root reads it; nothing here opens a socket.
 */
package org.sanhe.telephony.config;
