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

/**
 * {@code GET /health}: 200 when the console's read model holds, within two seconds, every command the core had
 * applied when asked (its {@code lastSequence} is then the model's), and the journal is writable (its
 * directory is writable and the journal took the last command it was given, whether from the console, the PBX or the
 * timers), else 503; the PBX link's state is reported as given and does not change the status (calls still reach the
 * centre's phones without it).
 */
public final class HealthRoutes {

    private final CoreAccess core;
    private final Path journalDir;
    private final Supplier<Map<String, Object>> pbx;

    private record Health(String status, Journal journal, Core core, Map<String, Object> pbx) {
    }

    private record Journal(boolean writable, String directory) {
    }

    /** {@code lastSequence} is left out when the core does not respond. */
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
                            coreOk ? new Core(true, model.sequence()) : new Core(false, null), pbx.get());
                    return ApiReply.json(coreOk && journalOk ? 200 : 503, health);
                }, request.executor());
    }
}
