package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.parindex.assessment.CriterionScore;
import vn.parindex.assessment.CriterionScoreRepository;
import vn.parindex.campaign.CampaignLaunch;
import vn.parindex.engine.CampaignProcesses;
import vn.parindex.process.ProcessFixture;
import vn.parindex.tasklist.WorkItem;
import vn.parindex.tasklist.WorkItemRepository;
import vn.parindex.tasklist.WorkItemState;

/**
 * A {@link ProcessFixture} world driven to the appraisal step: agency A self-scored 1.1 (yes/no, 60 points,
 * appraised by the standing body) "có" and 2.1 (turned into a ratio leaf of 40 points, appraised by the
 * reviewing department) "100" %, submitted and signed off.
 */
@Component
class AppraisalFixture {

    private final ProcessFixture fixture;
    private final CampaignLaunch launch;
    private final CampaignProcesses processes;
    private final WorkItemRepository items;
    private final CriterionScoreRepository scores;
    private final Appraisals appraisals;
    private final JdbcTemplate jdbc;

    AppraisalFixture(ProcessFixture fixture, CampaignLaunch launch, CampaignProcesses processes,
                     WorkItemRepository items, CriterionScoreRepository scores, Appraisals appraisals,
                     JdbcTemplate jdbc) {
        this.fixture = fixture;
        this.launch = launch;
        this.processes = processes;
        this.items = items;
        this.scores = scores;
        this.appraisals = appraisals;
        this.jdbc = jdbc;
    }

    record Stage(ProcessFixture.World world, Long leaf11, Long leaf21) {
    }

    Stage toAppraisal() {
        ProcessFixture.World world = fixture.world();
        Long leaf11 = appraisals.leavesOf(world.campaignId(), world.agencyAId(), world.standingId()).get(0).getId();
        Long leaf21 = appraisals.leavesOf(world.campaignId(), world.agencyAId(), world.reviewerId()).get(0).getId();
        jdbc.update("update criterion set rule_type = 'RATIO' where id = ?", leaf21);
        launch.launch(world.campaignId(), world.organiserId());
        fixture.runDueJobs(world);
        selfScore(world, leaf11, "có", 60);
        selfScore(world, leaf21, "100", 40);
        complete(world, openTask(world, "submitSelfAssessment", null).getTaskId(), world.officer(),
                Map.of("confirmSubmission", true));
        complete(world, openTask(world, "signOffSelfAssessment", null).getTaskId(), world.head(),
                Map.of("signOff", "approve"));
        return new Stage(world, leaf11, leaf21);
    }

    void selfScore(ProcessFixture.World world, Long leaf, String answer, int points) {
        CriterionScore score = new CriterionScore(world.campaignId(), world.agencyAId(), leaf);
        score.selfAssess(answer, false, null, BigDecimal.valueOf(points).setScale(2), "Ghi chú " + answer, null);
        scores.save(score);
    }

    /** The open task of agency A with this key (for an appraisal: of this reviewing department). */
    WorkItem openTask(ProcessFixture.World world, String taskKey, Long reviewerAgencyId) {
        return items.findByCampaignIdAndAgencyIdAndState(world.campaignId(), world.agencyAId(), WorkItemState.OPEN)
                .stream().filter(i -> i.getTaskKey().equals(taskKey)
                        && (reviewerAgencyId == null || reviewerAgencyId.equals(i.getReviewerAgencyId())))
                .findFirst().orElseThrow(() -> new AssertionError("no open " + taskKey));
    }

    void complete(ProcessFixture.World world, String taskId, String user, Map<String, Object> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.putIfAbsent("comment", null);
        processes.complete(taskId, user, all);
        fixture.runDueJobs(world);
    }

    CriterionScore score(ProcessFixture.World world, Long leaf) {
        return scores.findByCampaignIdAndAgencyIdAndCriterionId(world.campaignId(), world.agencyAId(), leaf)
                .orElseThrow();
    }

    void resetClock() {
        fixture.resetClock();
    }
}
