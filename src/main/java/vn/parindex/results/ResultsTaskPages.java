package vn.parindex.results;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.parindex.tasklist.DedicatedTaskPage;

/** Aggregation, the council's vote, the chairman's approval and publication are done on the results page. */
@Configuration
class ResultsTaskPages {

    @Bean
    DedicatedTaskPage aggregatePage() {
        return section("aggregateResults", "aggregate");
    }

    @Bean
    DedicatedTaskPage votePage() {
        return section("voteOnResults", "vote");
    }

    @Bean
    DedicatedTaskPage approvalPage() {
        return section("approveResults", "approval");
    }

    @Bean
    DedicatedTaskPage publicationPage() {
        return section("publishResults", "publication");
    }

    private static DedicatedTaskPage section(String taskKey, String anchor) {
        return DedicatedTaskPage.of(taskKey, item -> "/results/campaigns/" + item.getCampaignId() + "#" + anchor);
    }
}
