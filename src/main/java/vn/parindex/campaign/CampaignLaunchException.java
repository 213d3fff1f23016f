package vn.parindex.campaign;

import java.util.List;

/** The campaign cannot be launched; nothing was started. */
public class CampaignLaunchException extends RuntimeException {

    private final transient List<Problem> problems;

    public CampaignLaunchException(List<Problem> problems) {
        super("Campaign cannot be launched: " + problems.size() + " problem(s)");
        this.problems = problems;
    }

    public List<Problem> problems() {
        return problems;
    }
}
