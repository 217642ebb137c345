package org.sanhe.server.assembly;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.sanhe.dispatch.centre.Centre;
import org.sanhe.dispatch.command.Actor;
import org.sanhe.dispatch.command.Command;
import org.sanhe.dispatch.command.DefineRules;
import org.sanhe.dispatch.rules.CentreRules;
import org.sanhe.dispatch.runtime.DispatchRuntime;
import org.sanhe.dispatch.sequencer.Outcome;
import org.sanhe.dispatch.unit.Unit;
import org.sanhe.gis.station.StationUnit;

/**
 * Brings a recovered core up to the configuration at start-up, through journaled commands like any other input:
 * {@code DefineRules} when the configured rules differ from the rules in force (so a restart with the same
 * configuration journals nothing), then {@code RegisterUnit} for each demo unit not yet on the roster. Runs on the
 * starting thread, before any adapter submits.
 */
public final class CoreSetup {

    /** The actor of the commands that come from the configuration. */
    public static final Actor CONFIGURATION = Actor.system("configuration");

    /**
     * What the start-up changed.
     *
     * @param rulesJournaled  whether the rules were journaled (they differed from the journal's)
     * @param unitsRegistered how many units were registered
     */
    public record Result(boolean rulesJournaled, int unitsRegistered) {
    }

    private CoreSetup() {
    }

    static Result apply(DispatchRuntime runtime, CentreRules rules, List<StationUnit> units) {
        boolean changed = !runtime.read(Centre::rules).join().equals(rules);
        if (changed) {
            accepted(runtime.submit(CONFIGURATION, new DefineRules(rules)), "the configured rules");
        }
        Set<String> registered = runtime.read(centre -> centre.units().all().stream().map(Unit::id)
                .collect(Collectors.toSet())).join();
        List<CompletableFuture<Outcome>> registrations = new ArrayList<>();
        for (StationUnit unit : units) {
            if (!registered.contains(unit.id())) {
                registrations.add(runtime.submit(CONFIGURATION, unit.toRegisterUnit()));
            }
        }
        registrations.forEach(r -> accepted(r, "a demo unit"));
        return new Result(changed, registrations.size());
    }

    private static void accepted(CompletableFuture<Outcome> submitted, String what) {
        Outcome outcome = submitted.join();
        if (!outcome.accepted()) {
            throw new IllegalStateException("the core refused " + what + ": " + outcome.rejection());
        }
    }
}
