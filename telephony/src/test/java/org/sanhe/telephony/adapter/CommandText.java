package org.sanhe.telephony.adapter;

import java.util.Locale;
import java.util.Map;
import org.sanhe.dispatch.domain.command.AbandonCall;
import org.sanhe.dispatch.domain.command.AnswerCall;
import org.sanhe.dispatch.domain.command.AttachRecording;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.domain.command.EndCall;
import org.sanhe.dispatch.domain.command.LocateCaller;
import org.sanhe.dispatch.domain.command.OfferCall;
import org.sanhe.dispatch.domain.geo.CallerLocation;

/** Writes call commands as one-line text with scenario call names, so expectations read like the YAML files. */
final class CommandText {

    private CommandText() {
    }

    /** {@code names} maps call ids to the names tests gave the calls. */
    static String of(Command command, Map<String, String> names) {
        if (command instanceof OfferCall c) {
            return "offer " + name(c.callId(), names) + " line=" + c.line() + " caller="
                    + (c.callerNumber() == null ? "withheld" : c.callerNumber())
                    + (c.location() == null ? "" : " at=" + where(c.location()));
        } else if (command instanceof AnswerCall c) {
            return "answer " + name(c.callId(), names) + " by=" + c.callTaker();
        } else if (command instanceof EndCall c) {
            return "end " + name(c.callId(), names) + " cause=" + c.cause();
        } else if (command instanceof AbandonCall c) {
            return "abandon " + name(c.callId(), names) + " held=" + c.holdMillis();
        } else if (command instanceof AttachRecording c) {
            return "record " + name(c.callId(), names) + " file=" + c.fileName();
        } else if (command instanceof LocateCaller c) {
            return "locate " + name(c.callId(), names) + " at=" + where(c.location());
        }
        return command.toString();
    }

    private static String name(String callId, Map<String, String> names) {
        return names.getOrDefault(callId, callId);
    }

    private static String where(CallerLocation l) {
        return String.format(Locale.ROOT, "%.4f,%.4f~%dm", l.point().lat(), l.point().lon(), l.accuracyMeters());
    }
}
