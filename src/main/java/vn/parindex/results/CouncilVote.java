package vn.parindex.results;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One council member's vote on the aggregated results in one voting round (one voteOnResults task). */
@Entity
public class CouncilVote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long campaignId;
    private String taskId;
    private String username;
    private boolean passed;
    private String comment;
    private Instant votedAt;

    protected CouncilVote() {
    }

    public CouncilVote(Long campaignId, String taskId, String username, boolean passed, String comment, Instant votedAt) {
        this.campaignId = campaignId;
        this.taskId = taskId;
        this.username = username;
        this.passed = passed;
        this.comment = comment;
        this.votedAt = votedAt;
    }

    public Long getId() { return id; }
    public Long getCampaignId() { return campaignId; }
    public String getTaskId() { return taskId; }
    public String getUsername() { return username; }
    public boolean isPassed() { return passed; }
    public String getComment() { return comment; }
    public Instant getVotedAt() { return votedAt; }
}
