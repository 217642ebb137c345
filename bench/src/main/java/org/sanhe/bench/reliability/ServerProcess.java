package org.sanhe.bench.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of the real server ({@code serve --config FILE}) as a child process: its output goes to a log file, and
 * the console's port is read from its start-up line. {@link #kill()} is SIGKILL, {@link #stop()} SIGTERM.
 */
public final class ServerProcess implements AutoCloseable {

    private static final Pattern RUNNING = Pattern.compile("Sanhe is running: .*console on http://[^:]+:(\\d+)");

    private final Process process;
    private final CompletableFuture<Integer> port = new CompletableFuture<>();

    private ServerProcess(Process process, Path log) {
        this.process = process;
        Thread pump = new Thread(() -> pump(log), "server-output");
        pump.setDaemon(true);
        pump.start();
    }

    /** Starts the server and waits until it says it is running (or fails). */
    public static ServerProcess start(ServerLauncher launcher, Path config, Path log, long timeoutSeconds)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(launcher.command("serve", "--config", config.toString()))
                .redirectErrorStream(true).start();
        ServerProcess server = new ServerProcess(process, log);
        try {
            server.port.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            server.kill();
            throw new IllegalStateException("the server did not start within " + timeoutSeconds + " s; see " + log,
                    e);
        }
        return server;
    }

    public int port() {
        return port.join();
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL, and waits for the process to be gone. */
    public void kill() throws InterruptedException {
        process.toHandle().destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM (the server closes everything in order), and waits; returns the exit code. */
    public int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private void pump(Path log) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8,
                     java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND), true)) {
            String line;
            while ((line = in.readLine()) != null) {
                out.println(line);
                Matcher m = RUNNING.matcher(line);
                if (m.find()) {
                    port.complete(Integer.parseInt(m.group(1)));
                }
            }
        } catch (IOException e) {
            port.completeExceptionally(e);
        } finally {
            port.completeExceptionally(new IllegalStateException("the server's output ended before it ran"));
        }
    }
}
