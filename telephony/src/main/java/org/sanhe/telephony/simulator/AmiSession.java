package org.sanhe.telephony.simulator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.sanhe.telephony.ami.AmiPacket;
import org.sanhe.telephony.ami.AmiReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One manager connection of the simulator: its own reader thread answers actions; events arrive through
 * {@link #deliver} from the PBX. Each packet is written whole under one write lock, so a response never interleaves
 * with an event. A silenced session keeps its socket open but neither reads nor writes (a half-open link).
 */
final class AmiSession implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(AmiSession.class);

    private final Socket socket;
    private final SessionActions actions;
    private final SimulatedPbx pbx;
    private final Object writeLock = new Object();
    private OutputStream out;
    private volatile boolean loggedIn;
    private volatile boolean silent;
    private volatile boolean closed;
    private volatile EventMask mask = EventMask.ALL;

    AmiSession(Socket socket, SimulatedPbx pbx, PbxSimulator simulator) {
        this.socket = socket;
        this.pbx = pbx;
        this.actions = new SessionActions(this, pbx, simulator);
    }

    @Override
    public void run() {
        try (socket) {
            out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
            writeRaw(("Asterisk Call Manager/" + SimulatorOptions.AMI_VERSION + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            AmiReader reader = new AmiReader(socket.getInputStream());
            AmiPacket action;
            while (!closed && (action = reader.readPacket()) != null) {
                if (!silent) {
                    actions.handle(action);
                }
            }
        } catch (IOException e) {
            LOG.debug("AMI session ended: {}", e.toString());
        } finally {
            close();
        }
    }

    /** Writes an event if this session is logged in, not silenced and its mask takes the event's class. */
    boolean deliver(AmiPacket event) {
        if (loggedIn && !silent && mask.accepts(event.privilegeClass())) {
            write(event);
            return true;
        }
        return false;
    }

    /** Writes a response (or a list item) unless silenced. */
    void send(AmiPacket packet) {
        if (!silent) {
            write(packet);
        }
    }

    /** Writes bytes as they are, between two packets, if logged in and not silenced (a wire fault). */
    void sendRaw(byte[] bytes) {
        if (loggedIn && !silent) {
            writeRaw(bytes);
        }
    }

    void loggedIn(EventMask eventMask) {
        this.mask = eventMask;
        this.loggedIn = true;
    }

    boolean isLoggedIn() {
        return loggedIn;
    }

    void mask(EventMask eventMask) {
        this.mask = eventMask;
    }

    EventMask mask() {
        return mask;
    }

    void silence() {
        silent = true;
    }

    void close() {
        if (closed) {
            return;
        }
        closed = true;
        loggedIn = false;
        pbx.unregister(this);
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("closing AMI session: {}", e.toString());
        }
    }

    private void write(AmiPacket packet) {
        writeRaw(packet.encode());
    }

    private void writeRaw(byte[] bytes) {
        synchronized (writeLock) {
            if (closed) {
                return;
            }
            try {
                out.write(bytes);
                out.flush();
            } catch (IOException e) {
                LOG.debug("AMI write failed, closing session: {}", e.toString());
                close();
            }
        }
    }
}
