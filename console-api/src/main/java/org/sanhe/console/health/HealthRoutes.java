package org.sanhe.console.health;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.sanhe.console.auth.Permission;
import org.sanhe.console.core.CoreAccess;
import org.sanhe.console.http.ApiReply;
import org.sanhe.console.http.ApiRequest;
import org.sanhe.console.http.Route;
import org.sanhe.dispatch.runtime.CoreHost;

/**
 * {@code GET /health}: 200 when the console's read model holds, within two seconds, every command the core had
 * applied when asked (its {@code lastSequence} is then the model's), and the journal is writable (its
 * directory is writable and the journal took the last command it was given, whether from the console, the PBX or the
 * timers), else 503; the PBX link's state is reported as given and does not change the status (calls still reach the
 * centre's phones without it). A member of a cluster adds {@code cluster}: its id, its role ({@code leader},
 * {@code follower} or {@code candidate}), the leader it knows of (null while none) and the commit position it last
 * heard; the embedded single node gives {@code cluster: null}.
 */
public final class HealthRoutes {

    private final CoreAccess core;
    private final Path journalDir;
    private final Supplier<Map<String, Object>> pbx;

    private record Health(String status, Journal journal, Core core, Map<String, Object> pbx, Cluster cluster) {
    }

    /** This member's view of its cluster; null for the embedded single node. */
    private record Cluster(int memberId, String role, Integer leaderId, long commitPosition) {
        static Cluster of(CoreHost.Membership m) {
            return new Cluster(m.memberId(), m.role(), m.leaderId() < 0 ? null : m.leaderId(), m.commitPosition());
        }
    }

    private record Journal(boolean writable, String directory) {
    }

    /** {@code lastSequence}: null (present) while the core does not answer. */
    private record Core(boolean responding, Long lastSequence) {
    }

    public HealthRoutes(CoreAccess core, Path journalDir, Supplier<Map<String, Object>> pbx) {
        this.core = core;
        this.journalDir = journalDir;
        this.pbx = pbx;
    }

    public List<Route> routes() {
        return List.of(Route.get("/health", Permission.PUBLIC, "Journal and PBX link health", this::health));
    }

    private CompletableFuture<ApiReply> health(ApiRequest request) {
        return core.current(request).orTimeout(2, TimeUnit.SECONDS)
                .handleAsync((model, failure) -> {
                    boolean coreOk = failure == null;
                    boolean journalOk = Files.isWritable(journalDir) && !core.journalFailing();
                    Health health = new Health(coreOk && journalOk ? "ok" : "failing",
                            new Journal(journalOk, journalDir.toString()),
                            coreOk ? new Core(true, model.sequence()) : new Core(false, null), pbx.get(),
                            core.membership().map(Cluster::of).orElse(null));
                    return ApiReply.json(coreOk && journalOk ? 200 : 503, health);
                }, request.executor());
    }
}
