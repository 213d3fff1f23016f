package vn.parindex.assessment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.parindex.tasklist.DedicatedTaskPage;
import vn.parindex.workflow.ProcessModel;

/** The self-assessment is done on the agency's scorecard. */
@Configuration
class ScorecardTaskPage {

    @Bean
    DedicatedTaskPage selfAssessmentPage() {
        return DedicatedTaskPage.of(ProcessModel.SUBMIT_SELF_ASSESSMENT,
                item -> "/assessments/" + item.getCampaignId() + "/agencies/" + item.getAgencyId());
    }
}
