package org.sanhe.telephony.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.sanhe.telephony.ami.AmiPacket;

/**
 * Answers the actions of one session as Asterisk 20's {@code manager.c} does: Challenge, Login (MD5 or plaintext),
 * Logoff, Ping, Events, CoreSettings, Command, GetVar, and the list actions through {@link ListActions}. Runs on the
 * session's reader thread only.
 */
final class SessionActions {

    private final AmiSession session;
    private final SimulatedPbx pbx;
    private final PbxSimulator simulator;
    private final ListActions lists;
    private String challenge;

    SessionActions(AmiSession session, SimulatedPbx pbx, PbxSimulator simulator) {
        this.session = session;
        this.pbx = pbx;
        this.simulator = simulator;
        this.lists = new ListActions(session, pbx);
    }

    void handle(AmiPacket action) {
        String name = action.get("Action");
        if (name == null) {
            respond(Responses.error(action, "Missing action in request"));
            return;
        }
        String key = name.toLowerCase(Locale.ROOT);
        switch (key) {
            case "challenge" -> challenge(action);
            case "login" -> login(action);
            case "logoff" -> logoff(action);
            default -> {
                if (!session.isLoggedIn()) {
                    respond(Responses.error(action, "Permission denied"));
                } else {
                    authenticated(key, name, action);
                }
            }
        }
    }

    private void authenticated(String key, String name, AmiPacket action) {
        switch (key) {
            case "ping" -> respond(Responses.success(action).add("Ping", "Pong")
                    .add("Timestamp", timestamp(pbx.clock().millis())).build());
            case "events" -> events(action);
            case "coresettings" -> coreSettings(action);
            case "command" -> command(action);
            case "getvar" -> getVar(action);
            case "status", "coreshowchannels", "queuestatus" -> {
                simulator.pauseBeforeResponse();
                lists.handle(key, action);
            }
            default -> respond(Responses.error(action, String.format(Responses.UNKNOWN_ACTION, name)));
        }
    }

    private void challenge(AmiPacket action) {
        if (!"md5".equalsIgnoreCase(action.getOrDefault("AuthType", ""))) {
            respond(Responses.error(action, "Must specify AuthType"));
            return;
        }
        if (challenge == null) {
            challenge = Long.toString(simulator.nextChallenge());
        }
        respond(Responses.success(action).add("Challenge", challenge).build());
    }

    private void login(AmiPacket action) {
        if (session.isLoggedIn()) {
            respond(Responses.success(action).add("Message", "Already authenticated").build());
            return;
        }
        if (!authenticates(action)) {
            simulator.pauseAfterFailedLogin();
            respond(Responses.error(action, "Authentication failed"));
            session.close();
            return;
        }
        EventMask mask = EventMask.parse(action.get("Events"));
        simulator.pauseBeforeResponse();
        pbx.locked(() -> {
            session.loggedIn(mask);
            session.send(Responses.success(action).add("Message", "Authentication accepted").build());
            session.deliver(AmiPacket.event("FullyBooted", PbxEvents.SYSTEM).add("Uptime", 3600)
                    .add("LastReload", 3600).add("Status", "Fully Booted").build());
            pbx.register(session);
            return null;
        });
    }

    private boolean authenticates(AmiPacket action) {
        if (!simulator.options().username().equals(action.get("Username"))) {
            return false;
        }
        if ("md5".equalsIgnoreCase(action.getOrDefault("AuthType", ""))) {
            return challenge != null && md5Hex(challenge + simulator.options().secret())
                    .equalsIgnoreCase(action.getOrDefault("Key", ""));
        }
        return simulator.options().secret().equals(action.get("Secret"));
    }

    private void logoff(AmiPacket action) {
        respond(Responses.of("Goodbye", action).add("Message", "Thanks for all the fish.").build());
        session.close();
    }

    private void events(AmiPacket action) {
        EventMask mask = EventMask.parse(action.get("EventMask"));
        session.mask(mask);
        respond(Responses.success(action).add("Events", mask.isOn() ? "On" : "Off").build());
    }

    private void coreSettings(AmiPacket action) {
        respond(Responses.success(action)
                .add("AMIversion", SimulatorOptions.AMI_VERSION)
                .add("AsteriskVersion", simulator.options().asteriskVersion())
                .add("SystemName", "")
                .add("CoreMaxCalls", 0)
                .add("CoreMaxLoadAvg", "0.000000")
                .add("CoreRunUser", "asterisk")
                .add("CoreRunGroup", "asterisk")
                .add("CoreMaxFilehandles", 0)
                .add("CoreRealTimeEnabled", "No")
                .add("CoreCDRenabled", "Yes")
                .add("CoreHTTPenabled", "No")
                .add("SoundsSearchCustomDir", "No")
                .build());
    }

    private void command(AmiPacket action) {
        String command = action.getOrDefault("Command", "").trim();
        AmiPacket.Builder reply = Responses.success(action).add("Message", "Command output follows");
        if ("core show version".equalsIgnoreCase(command)) {
            reply.add("Output", "Asterisk " + simulator.options().asteriskVersion()
                    + " built by sanhe @ simulator on a x86_64 running Linux on 2026-11-01 00:00:00 UTC");
        } else {
            reply.add("Output", "No such command '" + command + "' (type 'core show help " + command
                    + "' for other possible commands)");
        }
        respond(reply.build());
    }

    private void getVar(AmiPacket action) {
        String variable = action.get("Variable");
        if (variable == null || variable.isEmpty()) {
            respond(Responses.error(action, "No variable specified"));
            return;
        }
        String channel = action.get("Channel");
        AmiPacket reply = pbx.locked(() -> {
            if (channel == null || channel.isEmpty()) {
                return Responses.success(action).add("Variable", variable).add("Value", "").build();
            }
            SimChannel ch = pbx.channelByName(channel);
            if (ch == null) {
                return Responses.error(action, "No such channel");
            }
            return Responses.success(action).add("Variable", variable)
                    .add("Value", ch.variables.getOrDefault(variable, "")).build();
        });
        respond(reply);
    }

    private void respond(AmiPacket response) {
        simulator.pauseBeforeResponse();
        session.send(response);
    }

    static String timestamp(long epochMillis) {
        return epochMillis / 1000 + "." + String.format("%06d", (epochMillis % 1000) * 1000);
    }

    static String md5Hex(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("MD5");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every JVM", e);
        }
    }
}
