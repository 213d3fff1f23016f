package vn.parindex.assessment;

import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import vn.parindex.common.TransactionCache;
import vn.parindex.tasklist.WorkItem;
import vn.parindex.tasklist.WorkItemQueries;
import vn.parindex.workflow.ProcessModel;

/** The agency's open task of a given key (e.g. submitSelfAssessment), which decides what may still change. */
@Component
@RequiredArgsConstructor
public class OpenTasks {

    public static final String SUBMIT = ProcessModel.SUBMIT_SELF_ASSESSMENT;
    public static final String SUPPLEMENTARY = ProcessModel.PROVIDE_SUPPLEMENTARY_EVIDENCE;

    private final WorkItemQueries workItems;

    /**
     * The open task with this key. The agency's open tasks are read once per transaction (a fragment save asks
     * three times: may it save, is the scorecard open, is a supplementary task open); a task completed meanwhile
     * in the same transaction no longer counts, as its entity says so.
     */
    public Optional<WorkItem> find(Long campaignId, Long agencyId, String taskKey) {
        List<WorkItem> open = TransactionCache.get(new Key(campaignId, agencyId),
                () -> workItems.openOfAgency(campaignId, agencyId));
        return open.stream().filter(item -> item.isOpen() && taskKey.equals(item.getTaskKey())).findFirst();
    }

    private record Key(Long campaignId, Long agencyId) {
    }

    public boolean selfAssessmentOpen(Long campaignId, Long agencyId) {
        return find(campaignId, agencyId, SUBMIT).isPresent();
    }
}
