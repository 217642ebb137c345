package org.sanhe.server.assembly;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.domain.command.DefineRules;
import org.sanhe.dispatch.domain.command.DefineUser;
import org.sanhe.dispatch.domain.command.RegisterUnit;
import org.sanhe.dispatch.domain.command.RemoveUser;
import org.sanhe.dispatch.domain.rules.CentreRules;
import org.sanhe.dispatch.runtime.CoreHost;
import org.sanhe.dispatch.runtime.codec.BinaryOut;
import org.sanhe.dispatch.runtime.journal.CommandCodecs;
import org.sanhe.dispatch.runtime.sequencer.Outcome;
import org.sanhe.gis.district.DistrictMap;
import org.sanhe.gis.station.Fleet;
import org.sanhe.server.config.ConfigProblem;
import org.sanhe.server.config.InvalidConfigException;
import org.sanhe.server.config.UserRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a recovered core up to the configuration at start-up, through journaled commands like any other input, so
 * that a restart with the same configuration journals nothing: {@code DefineRules} when the configured rules differ
 * from the rules in force, then the users ({@link UserSync}), then the fleet file's stations and units
 * ({@link FleetSync}). Runs on the starting thread, before any adapter submits.
 *
 * <p>The changes are planned from the core's state ({@link CoreHost#read}) and the plan is submitted, then planned
 * again until nothing is missing. On the single node the whole plan goes at once. In a cluster every member runs this
 * at its start, perhaps at the same moment: each submits only the first change of its plan, keyed by the plan
 * ({@link CoreHost#submitOnce}), so members that read the same state submit the same change under the same key and
 * the cluster applies it once; a member that read a later state plans only what is still missing; a refusal (the
 * state moved on under a stale plan) is planned again rather than failing the start.
 */
public final class CoreSetup {

    /** The actor of the commands that come from the configuration. */
    public static final Actor CONFIGURATION = Actor.system("configuration");

    private static final Logger LOG = LoggerFactory.getLogger(CoreSetup.class);
    /** Refusals in a row after which a cluster member's plan is taken for a bug, not a race. */
    private static final int MAX_REFUSALS = 10;

    /**
     * What the start-up changed.
     *
     * @param rulesJournaled  whether the rules were journaled (they differed from the journal's)
     * @param unitsRegistered how many units were registered
     * @param fleetCommands   how many fleet commands were journaled (stations and units registered, changed,
     *                        retired, closed)
     * @param usersChanged    how many users were defined or removed
     * @param deferred        fleet changes left for a later start, in words (a unit busy on an incident keeps its
     *                        agency, capabilities and place on the roster until it is released)
     */
    public record Result(boolean rulesJournaled, int unitsRegistered, int fleetCommands, int usersChanged,
                         List<String> deferred) {
    }

    /** The configuration's changes to the core, planned from one state, in the order they must be applied. */
    private record Plan(List<Command> commands, List<String> deferred, List<String> problems) {
    }

    private CoreSetup() {
    }

    static Result apply(CoreHost core, CentreRules rules, List<UserRecord> users, Fleet fleet,
                        DistrictMap districts) {
        boolean oneAtATime = core.membership().isPresent();
        Counts counts = new Counts();
        long lastKey = 0;
        int refusals = 0;
        Plan plan;
        while (true) {
            plan = core.read(c -> plan(c, rules, users, fleet, districts)).join();
            if (!plan.problems().isEmpty()) {
                throw new InvalidConfigException(plan.problems().stream()
                        .map(p -> new ConfigProblem("fleet.file", p)).toList());
            }
            if (plan.commands().isEmpty()) {
                break;
            }
            List<Command> batch = oneAtATime ? plan.commands().subList(0, 1) : plan.commands();
            long key = key(plan.commands());
            List<CompletableFuture<Outcome>> submitted = new ArrayList<>();
            for (Command command : batch) {
                submitted.add(oneAtATime && key != lastKey ? core.submitOnce(key, CONFIGURATION, command)
                        : core.submit(CONFIGURATION, command));
            }
            lastKey = key;
            for (int i = 0; i < batch.size(); i++) {
                Outcome outcome = submitted.get(i).join();
                if (outcome.accepted()) {
                    counts.add(batch.get(i));
                    refusals = 0;
                } else if (!oneAtATime || ++refusals >= MAX_REFUSALS) {
                    throw new IllegalStateException("the core refused a configuration change ("
                            + batch.get(i).getClass().getSimpleName() + "): " + outcome.rejection());
                } else {
                    LOG.info("configuration: {} was refused ({}); another member changed the core first: planning "
                            + "again", batch.get(i).getClass().getSimpleName(), outcome.rejection().reason());
                }
            }
        }
        plan.deferred().forEach(d -> LOG.warn("fleet file: {}", d));
        if (counts.fleet > 0) {
            LOG.info("fleet file: journaled {} change(s)", counts.fleet);
        }
        return new Result(counts.rules, counts.units, counts.fleet, counts.users, plan.deferred());
    }

    /** Runs on the core's thread (a read): copies what it needs. */
    private static Plan plan(Centre centre, CentreRules rules,
                             List<UserRecord> users, Fleet fleet, DistrictMap districts) {
        List<Command> commands = new ArrayList<>();
        if (!centre.rules().equals(rules)) {
            commands.add(new DefineRules(rules));
        }
        commands.addAll(UserSync.commands(centre, users));
        FleetSync.Plan fleetPlan = fleet == null ? FleetSync.Plan.NONE : FleetSync.plan(centre, fleet, districts);
        commands.addAll(fleetPlan.commands());
        return new Plan(List.copyOf(commands), fleetPlan.deferred(), fleetPlan.problems());
    }

    /** The plan's key: the same plan (planned from the same state) gives the same key on every member. */
    private static long key(List<Command> commands) {
        BinaryOut out = new BinaryOut(4096);
        BinaryOut scratch = new BinaryOut(1024);
        commands.forEach(c -> CommandCodecs.write(out, c, scratch));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(out.toByteArray());
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** What this start journaled, by kind. */
    private static final class Counts {
        boolean rules;
        int users;
        int fleet;
        int units;

        void add(Command command) {
            if (command instanceof DefineRules) {
                rules = true;
            } else if (command instanceof DefineUser || command instanceof RemoveUser) {
                users++;
            } else {
                fleet++;
                if (command instanceof RegisterUnit) {
                    units++;
                }
            }
        }
    }
}
