package vn.parindex.survey;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.parindex.tasklist.DedicatedTaskPage;
import vn.parindex.workflow.ProcessModel;

/** Respondent lists and survey results are uploaded on the survey pages. */
@Configuration
class SurveyTaskPages {

    @Bean
    DedicatedTaskPage respondentListPage() {
        return DedicatedTaskPage.of(ProcessModel.SUBMIT_RESPONDENT_LIST, item -> "/survey/campaigns/" + item.getCampaignId()
                + "/agencies/" + item.getAgencyId() + "/respondents");
    }

    @Bean
    DedicatedTaskPage surveyResultsPage() {
        return DedicatedTaskPage.of(ProcessModel.IMPORT_SURVEY_RESULTS,
                item -> "/survey/campaigns/" + item.getCampaignId() + "/results");
    }
}
