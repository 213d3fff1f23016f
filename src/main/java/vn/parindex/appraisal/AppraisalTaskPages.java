package vn.parindex.appraisal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.parindex.tasklist.DedicatedTaskPage;

/** The appraisal and the supplementary answer are done on pages of their own. */
@Configuration
class AppraisalTaskPages {

    @Bean
    DedicatedTaskPage appraisalPage() {
        return DedicatedTaskPage.of(AppraisalRounds.APPRAISE_TASK, item -> "/appraisals/" + item.getTaskId());
    }

    @Bean
    DedicatedTaskPage supplementaryPage() {
        return DedicatedTaskPage.of(AppraisalRounds.SUPPLEMENTARY_TASK, item -> "/supplementary/" + item.getTaskId());
    }
}
