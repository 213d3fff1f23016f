package vn.parindex.workflow;

import java.time.Duration;
import java.util.Optional;

/** The application's clock and the engine's, moved together (the demo clock, and tests of timers). */
public interface WorkflowClock {

    /** Time runs on from now plus the offset, for our code and for the engine's timers alike. */
    void setOffset(Duration offset);

    Duration offset();

    /** Writes the offset where every node of the cluster reads it (the demo clock), and moves this node's. */
    void share(Duration offset);

    /** The offset last shared by any node, if one was. */
    Optional<Duration> shared();
}
