package vn.parindex.campaign;

import java.util.List;

/** The campaign cannot be launched; nothing was started. */
public class CampaignLaunchException extends RuntimeException {

    private final transient List<CampaignLaunch.Problem> problems;

    public CampaignLaunchException(List<CampaignLaunch.Problem> problems) {
        super("Campaign cannot be launched: " + problems.size() + " problem(s)");
        this.problems = problems;
    }

    public List<CampaignLaunch.Problem> problems() {
        return problems;
    }
}
