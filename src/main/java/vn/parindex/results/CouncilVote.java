package vn.parindex.results;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** One council member's vote on the aggregated results in one voting round (one voteOnResults task). */
@Entity
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@Getter
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

    public CouncilVote(Long campaignId, String taskId, String username, boolean passed, String comment, Instant votedAt) {
        this.campaignId = campaignId;
        this.taskId = taskId;
        this.username = username;
        this.passed = passed;
        this.comment = comment;
        this.votedAt = votedAt;
    }
}
