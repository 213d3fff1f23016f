package vn.parindex.framework;

import java.util.List;

/** The tree (or a node's change) has problems: nothing was published or saved. */
public class InvalidFrameworkException extends FrameworkException {

    private final transient List<Problem> problems;

    public InvalidFrameworkException(List<Problem> problems) {
        super("framework.error.invalid", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
