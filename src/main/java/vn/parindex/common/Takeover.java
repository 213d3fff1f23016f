package vn.parindex.common;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How soon a surviving node takes over what a dead node held: its locked jobs and its claimed mails
 * ({@code parindex.cluster.takeover-seconds}, ADR 4). A lock or a claim lasts two thirds of it, so the last third
 * is left for the survivor's next look (the job executor's idle wait, the outbox's poll); a live node renews its
 * mail claims every quarter of the lease.
 */
@Component
public class Takeover {

    private final Duration within;

    Takeover(@Value("${parindex.cluster.takeover-seconds:30}") long seconds) {
        if (seconds < 3) {
            throw new IllegalArgumentException("parindex.cluster.takeover-seconds must be at least 3, not " + seconds);
        }
        this.within = Duration.ofSeconds(seconds);
    }

    /** The longest a dead node's work waits for another node. */
    public Duration within() {
        return within;
    }

    /** How long a job lock or a mail claim lasts when nobody renews it. */
    public Duration lease() {
        return within.multipliedBy(2).dividedBy(3);
    }

    /** The longest a node may wait between two looks for work of a dead node: what is left after the lease. */
    public Duration poll() {
        return within.minus(lease());
    }

    /** How often a live node renews what it holds. */
    public Duration heartbeat() {
        return lease().dividedBy(4);
    }
}
