package org.sanhe.server.assembly;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.sanhe.dispatch.domain.centre.Centre;
import org.sanhe.dispatch.domain.command.Actor;
import org.sanhe.dispatch.domain.command.Command;
import org.sanhe.dispatch.domain.command.DefineRules;
import org.sanhe.dispatch.domain.rules.CentreRules;
import org.sanhe.dispatch.runtime.DispatchRuntime;
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
 */
public final class CoreSetup {

    /** The actor of the commands that come from the configuration. */
    public static final Actor CONFIGURATION = Actor.system("configuration");

    private static final Logger LOG = LoggerFactory.getLogger(CoreSetup.class);

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

    private CoreSetup() {
    }

    static Result apply(DispatchRuntime runtime, CentreRules rules, List<UserRecord> users, Fleet fleet,
                        DistrictMap districts) {
        boolean changed = !runtime.read(Centre::rules).join().equals(rules);
        if (changed) {
            submitAll(runtime, List.of(new DefineRules(rules)), "the configured rules");
        }
        List<Command> userCommands = runtime.read(c -> UserSync.commands(c, users)).join();
        submitAll(runtime, userCommands, "a configured user");
        FleetSync.Plan plan = fleet == null ? FleetSync.Plan.NONE
                : runtime.read(c -> FleetSync.plan(c, fleet, districts)).join();
        if (!plan.problems().isEmpty()) {
            throw new InvalidConfigException(plan.problems().stream().map(p -> new ConfigProblem("fleet.file", p))
                    .toList());
        }
        submitAll(runtime, plan.commands(), "a fleet change");
        plan.deferred().forEach(d -> LOG.warn("fleet file: {}", d));
        if (!plan.commands().isEmpty()) {
            LOG.info("fleet file: journaled {} change(s)", plan.commands().size());
        }
        return new Result(changed, plan.registeredUnits(), plan.commands().size(), userCommands.size(),
                plan.deferred());
    }

    /** Submits in order and waits for all; a refusal is a bug in the plan, so it stops the start. */
    private static void submitAll(DispatchRuntime runtime, List<Command> commands, String what) {
        List<CompletableFuture<Outcome>> submitted = new ArrayList<>();
        commands.forEach(c -> submitted.add(runtime.submit(CONFIGURATION, c)));
        for (CompletableFuture<Outcome> s : submitted) {
            Outcome outcome = s.join();
            if (!outcome.accepted()) {
                throw new IllegalStateException("the core refused " + what + ": " + outcome.rejection());
            }
        }
    }
}
