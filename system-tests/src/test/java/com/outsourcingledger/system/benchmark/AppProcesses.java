package com.outsourcingledger.system.benchmark;

import com.outsourcingledger.system.LedgerClient;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Both apps as separate operating-system processes, started from their packaged jars, as run.sh does. */
final class AppProcesses implements AutoCloseable {

    private final List<Process> processes = new ArrayList<>();
    final int commandPort;
    final int queryPort;

    private AppProcesses(int commandPort, int queryPort) {
        this.commandPort = commandPort;
        this.queryPort = queryPort;
    }

    static AppProcesses start(Map<String, String> properties, int commandPort, int queryPort, Path logDir)
            throws IOException, InterruptedException {
        return start(properties, commandPort, queryPort, logDir, List.of());
    }

    /** {@code jvmArgs} go to both JVMs, after {@code -Xmx512m}: a flight recording, say. */
    static AppProcesses start(Map<String, String> properties, int commandPort, int queryPort, Path logDir,
                              List<String> jvmArgs) throws IOException, InterruptedException {
        AppProcesses apps = new AppProcesses(commandPort, queryPort);
        try {
            apps.launch("command-side", commandPort, properties, logDir, jvmArgs);
            apps.launch("query-side", queryPort, properties, logDir, jvmArgs);
        } catch (IOException | InterruptedException | RuntimeException e) {
            apps.close();
            throw e;
        }
        return apps;
    }

    private void launch(String app, int port, Map<String, String> properties, Path logDir, List<String> jvmArgs)
            throws IOException, InterruptedException {
        Path jar;
        try (var jars = Files.list(Path.of("..", app, "target"))) {
            jar = jars.filter(p -> p.getFileName().toString().endsWith("-exec.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("package " + app + " first"));
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m"));
        jvmArgs.forEach(arg -> command.add(arg.replace("{app}", app)));
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        Files.createDirectories(logDir);
        File log = logDir.resolve(app + ".log").toFile();
        processes.add(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start());
        awaitHealthy(port, Duration.ofSeconds(300));
    }

    private static void awaitHealthy(int port, Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("app on port " + port + " did not become healthy");
    }

    /** The operating-system process ids of command-side and query-side, in that order. */
    long[] pids() {
        return processes.stream().mapToLong(Process::pid).toArray();
    }

    URI commandUrl(String path) {
        return URI.create("http://localhost:" + commandPort + path);
    }

    URI queryUrl(String path) {
        return URI.create("http://localhost:" + queryPort + path);
    }

    LedgerClient client() {
        return new LedgerClient();
    }

    @Override
    public void close() {
        processes.forEach(Process::destroy);
        for (Process process : processes) {
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
