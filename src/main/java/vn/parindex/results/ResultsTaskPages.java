package vn.parindex.results;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.parindex.tasklist.DedicatedTaskPage;
import vn.parindex.workflow.ProcessModel;

/** Aggregation, the council's vote, the chairman's approval and publication are done on the results page. */
@Configuration
class ResultsTaskPages {

    @Bean
    DedicatedTaskPage aggregatePage() {
        return section(ProcessModel.AGGREGATE_RESULTS, "aggregate");
    }

    @Bean
    DedicatedTaskPage votePage() {
        return section(ProcessModel.VOTE_ON_RESULTS, "vote");
    }

    @Bean
    DedicatedTaskPage approvalPage() {
        return section(ProcessModel.APPROVE_RESULTS, "approval");
    }

    @Bean
    DedicatedTaskPage publicationPage() {
        return section(ProcessModel.PUBLISH_RESULTS, "publication");
    }

    private static DedicatedTaskPage section(String taskKey, String anchor) {
        return DedicatedTaskPage.of(taskKey, item -> "/results/campaigns/" + item.getCampaignId() + "#" + anchor);
    }
}
