package vn.parindex.workflow;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Where one process instance stands, for drawing it in the reader's language. */
public interface ProcessDiagrams {

    /** The BPMN to draw, the ids of the steps under way and of those done (a step under way is not also done). */
    record Diagram(String xml, Set<String> current, Set<String> done) {
    }

    /** The diagram of the instance, or empty when there is no such instance (yet). */
    Optional<Diagram> of(String processInstanceId, Locale locale);
}
