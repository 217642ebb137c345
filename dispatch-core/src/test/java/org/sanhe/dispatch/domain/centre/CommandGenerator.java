package org.sanhe.dispatch.domain.centre;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.sanhe.dispatch.domain.alert.Alert;
import org.sanhe.dispatch.domain.alert.AlertArea;
import org.sanhe.dispatch.domain.alert.AlertCircle;
import org.sanhe.dispatch.domain.alert.AlertKey;
import org.sanhe.dispatch.domain.alert.AlertText;
import org.sanhe.dispatch.domain.call.Call;
import org.sanhe.dispatch.domain.call.CallState;
import org.sanhe.dispatch.domain.command.AbandonCall;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.AnswerCall;
import org.sanhe.dispatch.domain.command.AssignUnit;
import org.sanhe.dispatch.domain.command.ChangeStation;
import org.sanhe.dispatch.domain.command.ChangeUnit;
import org.sanhe.dispatch.domain.command.ChangeUnitStatus;
import org.sanhe.dispatch.domain.command.CloseIncident;
import org.sanhe.dispatch.domain.command.CloseStation;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.domain.command.DefineUser;
import org.sanhe.dispatch.domain.command.EndCall;
import org.sanhe.dispatch.domain.command.FireTimer;
import org.sanhe.dispatch.domain.command.LinkCall;
import org.sanhe.dispatch.domain.command.AttachRecording;
import org.sanhe.dispatch.domain.command.LocateCaller;
import org.sanhe.dispatch.domain.command.OfferCall;
import org.sanhe.dispatch.domain.command.ImportIncident;
import org.sanhe.dispatch.domain.command.OpenIncident;
import org.sanhe.dispatch.domain.command.ReceiveAlert;
import org.sanhe.dispatch.domain.command.RecordSessionActivity;
import org.sanhe.dispatch.domain.command.RegisterStation;
import org.sanhe.dispatch.domain.command.RegisterUnit;
import org.sanhe.dispatch.domain.command.ReleaseUnit;
import org.sanhe.dispatch.domain.command.RemoveUser;
import org.sanhe.dispatch.domain.command.ReportUnitPosition;
import org.sanhe.dispatch.domain.command.ResetPassword;
import org.sanhe.dispatch.domain.command.RetireUnit;
import org.sanhe.dispatch.domain.command.StampedCommand;
import org.sanhe.dispatch.domain.command.UnlinkCall;
import org.sanhe.dispatch.domain.command.UpdateIncident;
import org.sanhe.dispatch.domain.geo.CallerLocation;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.dispatch.domain.geo.LocationSource;
import org.sanhe.dispatch.domain.incident.Disposition;
import org.sanhe.dispatch.domain.incident.Incident;
import org.sanhe.dispatch.domain.incident.IncidentSource;
import org.sanhe.dispatch.domain.incident.Note;
import org.sanhe.dispatch.domain.incident.ReportedCall;
import org.sanhe.dispatch.domain.rules.IncidentType;
import org.sanhe.dispatch.domain.station.Station;
import org.sanhe.dispatch.domain.timer.Timer;
import org.sanhe.dispatch.domain.unit.Proposal;
import org.sanhe.dispatch.domain.unit.Unit;
import org.sanhe.dispatch.domain.unit.UnitStatus;
import org.sanhe.dispatch.domain.user.SessionActivity;

/**
 * A seeded stream of commands for a centre: mostly valid (a realistic mix dominated by vehicle position reports and
 * call traffic), with a share of invalid ones (unknown ids, wrong states, bad values) that the core must refuse.
 * It looks at the centre it feeds to pick plausible ids, so generate and apply in turn: {@link #next(Centre)}.
 * The same seed and the same centre history give the same commands.
 */
public final class CommandGenerator {

    private static final String[] LINES = {"110", "110", "110", "110", "122", "122", "119", "UNKNOWN"};
    private static final String[] AGENCIES = {"police", "police", "traffic", "fire"};
    private static final Actor PBX = Actor.system("pbx");
    private static final Actor AVL = Actor.system("avl");
    private static final Actor TIMERS = Actor.system("timer");

    /** Beyond this many open incidents, opening gives way to closing, as in a centre that keeps up. */
    private static final int MAX_OPEN = 60;

    private final SplittableRandom random;
    private final double invalidShare;
    private final List<String> callIds = new ArrayList<>();
    private final List<String> unitIds = new ArrayList<>();
    private long clock;
    private long sequence;
    private int calls;
    private boolean started;
    private int fleetCommands;

    /**
     * @param seed         the seed; print it when a test fails
     * @param start        epoch millis of the first command
     * @param invalidShare 0..1, how often a command is deliberately wrong
     */
    public CommandGenerator(long seed, long start, double invalidShare) {
        this.random = new SplittableRandom(seed);
        this.clock = start;
        this.invalidShare = invalidShare;
    }

    /** The commands that set a centre up: its rules and {@code units} units of all agencies. */
    public List<StampedCommand> setUp(int units) {
        List<StampedCommand> out = new ArrayList<>();
        out.add(stamp(Actor.user("supervisor"), Fixtures.defineRules()));
        for (String agency : List.of("police", "traffic", "fire")) {
            out.add(stamp(Actor.user("supervisor"), new RegisterStation("S-" + agency, null, agency, point(),
                    "610103")));
        }
        for (int i = 0; i < units; i++) {
            out.add(stamp(Actor.user("supervisor"), registerUnit()));
        }
        started = true;
        return out;
    }

    /** The next command for this centre. */
    public StampedCommand next(Centre centre) {
        if (!started) {
            throw new IllegalStateException("apply setUp() first");
        }
        clock += random.nextInt(400);
        boolean wrong = random.nextDouble() < invalidShare;
        int dice = random.nextInt(1000);
        if (dice < 300) {
            return stamp(AVL, new ReportUnitPosition(wrong ? "ghost" : anyUnit(), point()));
        }
        if (dice < 400) {
            return stamp(PBX, offer(wrong));
        }
        if (dice < 480) {
            return stamp(PBX, new AnswerCall(wrong ? anyCall() : callIn(centre, CallState.QUEUED), "ct" + dice % 7,
                    dice % 2 == 0 ? "PJSIP/10" + dice % 7 : null));
        }
        if (dice < 560) {
            return stamp(PBX, new EndCall(wrong ? anyCall() : callIn(centre, CallState.ANSWERED), "Normal Clearing"));
        }
        if (dice < 590) {
            return stamp(PBX, new AbandonCall(wrong ? anyCall() : callIn(centre, CallState.QUEUED), 9_000));
        }
        if (dice < 605) {
            return stamp(PBX, new AttachRecording(anyCall(), "/var/spool/asterisk/monitor/rec-" + dice + ".wav"));
        }
        if (dice < 620) {
            return stamp(PBX, new LocateCaller(anyCall(), new CallerLocation(point(), 30, LocationSource.DEVICE)));
        }
        return stamp(Actor.user("user" + dice % 5), incidentWork(centre, dice, wrong));
    }

    private Command incidentWork(Centre centre, int dice, boolean wrong) {
        if (dice < 690) {
            return centre.incidents().open().size() < MAX_OPEN ? open(centre, wrong)
                    : new CloseIncident(incident(centre, wrong), Disposition.RESOLVED, null);
        }
        if (dice < 710) {
            return new UpdateIncident(incident(centre, wrong), null, 1 + random.nextInt(wrong ? 6 : 4), null, null,
                    null, random.nextBoolean() ? "more information" : null);
        }
        if (dice < 740) {
            return new LinkCall(incident(centre, wrong), anyCall());
        }
        if (dice < 750) {
            Incident open = pick(List.copyOf(centre.incidents().open()));
            String callId = open == null || open.callIds().isEmpty() ? null
                    : List.copyOf(open.callIds()).get(open.callIds().size() - 1);
            return callId == null || wrong ? new UnlinkCall(1 + random.nextInt(9), anyCall())
                    : new UnlinkCall(open.id(), callId);
        }
        if (dice < 790) {
            return new CloseIncident(incident(centre, wrong), Disposition.values()[random.nextInt(5)], null);
        }
        if (dice < 870) {
            return assign(centre, dice, wrong);
        }
        if (dice < 950) {
            return statusChange(centre, wrong);
        }
        if (dice < 975) {
            Unit unit = pick(centre.units().all().stream().filter(u -> u.incidentId() != 0).toList());
            return unit == null || wrong ? new ReleaseUnit(incident(centre, true), anyUnit())
                    : new ReleaseUnit(unit.incidentId(), unit.id(), dice % 2 == 0 ? "back in service" : null);
        }
        if (dice < 990) {
            return fireTimer(centre, wrong);
        }
        return fleetWork(centre, wrong);
    }

    /** Mostly an available unit as proposed or overridden; one in eight a divert of a unit serving elsewhere. */
    private Command assign(Centre centre, int dice, boolean wrong) {
        Proposal proposal = dice % 3 == 0 ? null : new Proposal(1 + dice % 4, 60L * (dice % 10));
        if (dice % 8 == 0) {
            Unit busy = pick(centre.units().all().stream().filter(u -> u.status().isCommitted()).toList());
            return new AssignUnit(incident(centre, wrong), busy == null ? anyUnit() : busy.id(), !wrong, proposal);
        }
        Unit unit = wrong ? null : pick(centre.units().all().stream()
                .filter(u -> u.status() == UnitStatus.AVAILABLE).toList());
        return new AssignUnit(incident(centre, wrong), unit == null ? anyUnit() : unit.id(), false, proposal);
    }

    /** Stations, the roster and users, one kind after the other so that a short run still meets every kind. */
    private Command fleetWork(Centre centre, boolean wrong) {
        int n = fleetCommands++;
        String user = "user" + random.nextInt(wrong ? 9 : 5);
        return switch (n % 12) {
            case 0 -> wrong ? new RegisterUnit(anyUnit(), null, "police", null, null, null) : registerUnit();
            case 1 -> new ChangeUnit(anyUnit(), random.nextBoolean() ? "call sign " + n : null,
                    wrong ? "coastguard" : null, random.nextBoolean() ? List.of("ladder") : null,
                    wrong ? "S-none" : "S-" + AGENCIES[random.nextInt(AGENCIES.length)]);
            case 2 -> new RetireUnit(anyUnit());
            case 3 -> new RegisterStation(wrong ? "S-police" : "S-x" + n, "Station " + n, "fire", point(), null);
            case 4 -> new ChangeStation(anyStation(centre, wrong), random.nextBoolean() ? "renamed " + n : null,
                    random.nextBoolean() ? point() : null, "610104");
            case 5 -> new CloseStation(anyStation(centre, wrong));
            case 6 -> new DefineUser(user, List.of(random.nextBoolean() ? "dispatcher" : "calltaker"), "hash-" + n);
            case 7 -> new ResetPassword(user, "reset-" + n);
            case 8 -> new RecordSessionActivity(
                    SessionActivity.values()[random.nextInt(SessionActivity.values().length)], user, random.nextBoolean() ? "s" + n : null, random.nextBoolean() ? "10.0.0." + n % 250 : null);
            case 9, 10 -> alert(centre, n, wrong);
            default -> new RemoveUser(user);
        };
    }

    /**
     * A CAP message: mostly a new alert (a polygon or a circle, expiring within the hour or never), else an update or
     * a cancel of a received one; a wrong one repeats a message already received.
     */
    private Command alert(Centre centre, int n, boolean wrong) {
        Alert earlier = pick(List.copyOf(centre.alerts().all()));
        if (wrong && earlier != null) {
            return new ReceiveAlert(earlier.key(), earlier.sentAt(), earlier.status(), earlier.msgType(),
                    earlier.scope(), earlier.references(), earlier.text(), earlier.expiresAt(), earlier.areas(),
                    "<alert>repeat</alert>");
        }
        int kind = random.nextInt(4);
        String msgType = earlier == null || kind < 2 ? "Alert" : kind == 2 ? "Update" : "Cancel";
        List<AlertKey> references = msgType.equals("Alert") ? List.of() : List.of(earlier.key());
        GeoPoint a = point();
        GeoPoint b = point();
        AlertArea area = random.nextBoolean()
                ? new AlertArea("box " + n, List.of(List.of(a, new GeoPoint(a.lat(), b.lon()), b,
                        new GeoPoint(b.lat(), a.lon()), a)), List.of())
                : new AlertArea("circle " + n, List.of(), List.of(new AlertCircle(a, random.nextInt(5))));
        long expiresAt = random.nextInt(4) == 0 ? 0 : clock + random.nextInt(3_600_000);
        return new ReceiveAlert(new AlertKey("cap@test.example", "A-" + n, "2026-07-01T08:00:" + n % 60 + "+08:00"),
                clock, random.nextInt(5) == 0 ? "Exercise" : "Actual", msgType, "Public", references,
                msgType.equals("Cancel") ? AlertText.NONE : new AlertText("zh-CN", "暴雨", "暴雨预警 " + n, "Severe",
                        "Expected", "Likely", "test"),
                expiresAt, msgType.equals("Cancel") ? List.of() : List.of(area), "<alert>" + n + "</alert>");
    }

    private String anyStation(Centre centre, boolean wrong) {
        Station station = wrong ? null : pick(List.copyOf(centre.stations().all()));
        return station == null ? "S-none" : station.id();
    }

    private Command open(Centre centre, boolean wrong) {
        if (random.nextInt(8) == 0) {
            return importIncident(centre, wrong);
        }
        List<IncidentType> types = centre.rules().types();
        String type = wrong && random.nextBoolean() ? "NO_SUCH_TYPE" : types.get(random.nextInt(types.size())).code();
        int priority = wrong ? 5 : random.nextInt(5);
        String callId = wrong ? anyCall() : unboundAnsweredCall(centre);
        return new OpenIncident(type, priority, point(), "6101" + (10 + random.nextInt(15)), "No. 1 street",
                random.nextBoolean() ? "caller reports it" : null, callId);
    }

    /** A partner's incident: a few document ids recur, so that later ones update (or meet a closed incident). */
    private Command importIncident(Centre centre, boolean wrong) {
        List<IncidentType> types = centre.rules().types();
        String type = wrong && random.nextBoolean() ? "NO_SUCH_TYPE" : types.get(random.nextInt(types.size())).code();
        int n = random.nextInt(6);
        List<ReportedCall> calls = new ArrayList<>();
        for (int k = random.nextInt(3); k > 0; k--) {
            calls.add(new ReportedCall("urn:emergency:uid:callid:" + n + "-" + k + ":partner.example", "sos", null,
                    clock - 60_000, k % 2 == 0 ? clock - 50_000 : 0, k % 2 == 0 ? "agent" + k : null));
        }
        List<Note> notes = random.nextBoolean() ? List.of()
                : List.of(new Note(clock - 1_000 * random.nextInt(3), Actor.system("agent@partner.example"), "seen"));
        return new ImportIncident(new IncidentSource("urn:emergency:uid:incidentid:" + n + ":partner.example",
                "idx.partner.example", random.nextBoolean() ? "partner.example" : null, null), type,
                wrong ? 5 : random.nextInt(5), point(), null, "reported address " + n, calls, notes);
    }

    private Command statusChange(Centre centre, boolean wrong) {
        Unit unit = pick(List.copyOf(centre.units().all()));
        if (unit == null || wrong) {
            return new ChangeUnitStatus(anyUnit(), UnitStatus.values()[random.nextInt(6)]);
        }
        UnitStatus next = switch (unit.status()) {
            case DISPATCHED -> random.nextBoolean() ? UnitStatus.EN_ROUTE : UnitStatus.ON_SCENE;
            case EN_ROUTE -> UnitStatus.ON_SCENE;
            case RETURNING -> UnitStatus.AVAILABLE;
            case OUT_OF_SERVICE -> UnitStatus.AVAILABLE;
            case AVAILABLE -> random.nextInt(10) == 0 ? UnitStatus.OUT_OF_SERVICE : UnitStatus.EN_ROUTE;
            case ON_SCENE -> UnitStatus.RETURNING;
        };
        return new ChangeUnitStatus(unit.id(), next);
    }

    private Command fireTimer(Centre centre, boolean wrong) {
        Timer timer = pick(List.copyOf(centre.timers().pending()));
        if (timer == null || wrong) {
            return new FireTimer(1 + random.nextInt(1000));
        }
        clock = Math.max(clock, timer.dueAt());
        return new FireTimer(timer.id());
    }

    private OfferCall offer(boolean wrong) {
        String id = "call-" + (++calls);
        String channel = wrong && !callIds.isEmpty() ? "ch-" + anyCall() : "ch-" + id;
        callIds.add(id);
        String number = random.nextInt(10) == 0 ? null : "138" + (10_000_000 + random.nextInt(3_000));
        CallerLocation location = random.nextInt(3) == 0
                ? new CallerLocation(point(), 10 + random.nextInt(200), LocationSource.NETWORK) : null;
        return new OfferCall(id, LINES[random.nextInt(LINES.length)], number, channel, location);
    }

    private RegisterUnit registerUnit() {
        String id = "U" + (unitIds.size() + 1);
        unitIds.add(id);
        String agency = AGENCIES[random.nextInt(AGENCIES.length)];
        List<String> capabilities = agency.equals("fire") && random.nextInt(3) == 0 ? List.of("ladder") : List.of();
        return new RegisterUnit(id, id, agency, capabilities, "S-" + agency, point());
    }

    private long incident(Centre centre, boolean wrong) {
        Incident open = wrong ? null : pick(List.copyOf(centre.incidents().open()));
        if (open != null) {
            return open.id();
        }
        return 1 + random.nextInt((int) Math.max(1, centre.incidents().lastId() + 3));
    }

    private String unboundAnsweredCall(Centre centre) {
        for (int i = callIds.size() - 1; i >= Math.max(0, callIds.size() - 40); i--) {
            Call call = centre.calls().get(callIds.get(i));
            if (call != null && call.state() == CallState.ANSWERED && call.incidentId() == 0) {
                return call.id();
            }
        }
        return null;
    }

    private String callIn(Centre centre, CallState state) {
        for (int i = callIds.size() - 1; i >= Math.max(0, callIds.size() - 40); i--) {
            Call call = centre.calls().get(callIds.get(i));
            if (call != null && call.state() == state && random.nextInt(3) != 0) {
                return call.id();
            }
        }
        return anyCall();
    }

    private String anyCall() {
        return callIds.isEmpty() ? "call-0" : callIds.get(random.nextInt(callIds.size()));
    }

    private String anyUnit() {
        return unitIds.isEmpty() ? "U0" : unitIds.get(random.nextInt(unitIds.size()));
    }

    private <T> T pick(List<T> list) {
        return list.isEmpty() ? null : list.get(random.nextInt(list.size()));
    }

    private GeoPoint point() {
        return new GeoPoint(34.20 + random.nextDouble() * 0.12, 108.88 + random.nextDouble() * 0.14);
    }

    private StampedCommand stamp(Actor actor, Command command) {
        return new StampedCommand(++sequence, clock, actor, command);
    }
}
