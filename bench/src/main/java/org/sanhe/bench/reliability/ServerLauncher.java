package org.sanhe.bench.reliability;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How to start the server's command line in a new JVM: {@code java -jar dispatch-server.jar} (the campaigns), or the
 * same main class from this JVM's class path with the flags Chronicle needs (the CI-sized tests, which run before
 * any jar is built).
 */
public record ServerLauncher(List<String> prefix) {

    /** {@code java -jar <jar>}; the jar's manifest carries Chronicle's flags. */
    public static ServerLauncher jar(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("no server jar at " + jar + ": run mvn -DskipTests package first");
        }
        return new ServerLauncher(List.of(java(), "-Xmx1g", "-jar", jar.toString()));
    }

    /** The server's main class from this JVM's class path, with this JVM's --add-* flags. */
    public static ServerLauncher classPath() {
        return classPath("org.sanhe.server.cli.DispatchServerCli", "-Xmx512m");
    }

    /**
     * Any main class from this JVM's class path, with this JVM's {@code --add-*} and Chronicle flags (which Chronicle
     * and Aeron need) and the given heap option; e.g. a cluster member of the write-latency load.
     */
    public static ServerLauncher classPath(String mainClass, String heap) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.add(heap);
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-") || a.startsWith("-Dchronicle")).forEach(command::add);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        return new ServerLauncher(List.copyOf(command));
    }

    /** The whole command line for these arguments. */
    public List<String> command(String... args) {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(args));
        return command;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
