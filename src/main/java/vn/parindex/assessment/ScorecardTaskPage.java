package vn.parindex.assessment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.parindex.tasklist.DedicatedTaskPage;

/** The self-assessment is done on the agency's scorecard. */
@Configuration
class ScorecardTaskPage {

    @Bean
    DedicatedTaskPage selfAssessmentPage() {
        return DedicatedTaskPage.of("submitSelfAssessment",
                item -> "/assessments/" + item.getCampaignId() + "/agencies/" + item.getAgencyId());
    }
}
