package vn.parindex.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One application node: the packaged jar in a JVM of its own ({@code java -Xmx512m -jar}), on its own port, with
 * the cluster's database, mail server and evidence directory.
 */
final class AppNode {

    private static final HttpClient PROBE = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final int port;
    private final Path jar;
    private final Path log;
    private final Map<String, String> environment;
    private Process process;

    AppNode(String name, int port, Path jar, Path log, Map<String, String> environment) {
        this.name = name;
        this.port = port;
        this.jar = jar;
        this.log = log;
        this.environment = environment;
    }

    void start() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-Duser.timezone=Asia/Ho_Chi_Minh", "-jar",
                jar.toString(), "--server.port=" + port, "--spring.profiles.active=postgres,demo",
                // the engine's job log names the node that ran each job, its mails the node that sent them (HELO)
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                // on the fault cluster's new database the engine keeps the full history, job log included (users get
                // "audit", ADR 8): the test reads from it which node ran each timer
                "--camunda.bpm.history-level-default=full",
                "--spring.mail.properties.mail.smtp.localhost=" + name,
                // the outbox is looked at every second (not every 10 s): delivery overlaps the morning sweep, as it
                // does with thousands of timers, so a kill can land in the middle of both
                "--parindex.mail.poll-ms=1000"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("PARINDEX_BASE_URL", url(""));
        process = builder.start();
    }

    /** Waits until the node answers its health endpoint with UP. */
    void awaitUp(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting; see " + log);
            }
            if (healthy()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " not up after " + timeout + "; see " + log);
    }

    boolean healthy() {
        try {
            HttpResponse<String> response = PROBE.send(HttpRequest.newBuilder(URI.create(url("/actuator/health")))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGKILL: the JVM gets no chance to finish anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, as an orderly shutdown. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Override
    public String toString() {
        return name;
    }
}
