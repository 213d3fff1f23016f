package vn.parindex.campaign;

import java.util.List;

/** A campaign edit was refused; nothing was written. Carries every problem found, not just the first. */
public class InvalidCampaignException extends RuntimeException {

    private final transient List<Problem> problems;

    public InvalidCampaignException(List<Problem> problems) {
        super("Invalid campaign: " + problems);
        this.problems = List.copyOf(problems);
    }

    public InvalidCampaignException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> getProblems() {
        return problems;
    }

    /** Throws if there is any problem. */
    public static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidCampaignException(problems);
        }
    }
}
