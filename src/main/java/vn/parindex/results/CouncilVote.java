package vn.parindex.results;

import java.time.Instant;

import jakarta.persistence.Entity;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import vn.parindex.common.BaseEntity;

/** One council member's vote on the aggregated results in one voting round (one voteOnResults task). */
@Entity
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@Getter
public class CouncilVote extends BaseEntity {

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
