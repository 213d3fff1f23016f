package vn.parindex.faults;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import vn.parindex.common.VietnamTime;

/** The figures of a fault-test run, written to {@code target/faults/report.md} for docs/reliability.md. */
final class FaultReport {

    private final List<String> lines = new ArrayList<>();

    void section(String title) {
        lines.add("");
        lines.add("### " + title);
        lines.add("");
    }

    void line(String format, Object... args) {
        String text = "- " + format.formatted(args);
        lines.add(text);
        System.out.println("[faults] " + text);
    }

    void write(Path file) throws IOException {
        List<String> all = new ArrayList<>();
        all.add("## Fault tests, " + ZonedDateTime.now(VietnamTime.ZONE).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))
                + " (Vietnam time)");
        all.add("");
        all.add("Machine: " + machine());
        all.addAll(lines);
        Files.writeString(file, String.join("\n", all) + "\n");
    }

    private static String machine() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown host";
        }
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize() >> 30;
        return "%s, %d CPU cores, %d GiB RAM, %s %s, Java %s".formatted(host,
                Runtime.getRuntime().availableProcessors(), memory, System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("java.version"));
    }
}
