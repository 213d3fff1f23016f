package vn.parindex.appraisal;

import java.util.LinkedHashSet;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.agency.Agency;
import vn.parindex.agency.OrganiserRepository;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Role;
import vn.parindex.tasklist.TaskNotFoundException;
import vn.parindex.tasklist.WorkItem;
import vn.parindex.tasklist.WorkItemQueries;

/** For which reviewing departments a user appraises, and the checks of the appraisal pages. */
@Component
@RequiredArgsConstructor
class ReviewerAccess {

    private final OrganiserRepository organisers;
    private final WorkItemQueries items;

    /** A reviewer appraises for its own agency; organiser staff for the organiser's standing agency. */
    @Transactional(readOnly = true)
    Set<Long> reviewerAgencies(CurrentUser user) {
        Set<Long> ids = new LinkedHashSet<>();
        if (user.has(Role.REVIEWER)) {
            ids.add(user.agencyId());
        }
        if (user.actsForOrganiser()) {
            organisers.findById(user.organiserId()).map(o -> o.getStandingAgency()).map(Agency::getId)
                    .ifPresent(ids::add);
        }
        return ids;
    }

    /** The appraisal task, if it belongs to one of the user's reviewing departments in the user's organiser. */
    @Transactional(readOnly = true)
    WorkItem appraisalTask(String taskId, CurrentUser user) {
        Set<Long> reviewers = requireAppraiser(user);
        WorkItem item = items.findInOrganiser(taskId, user.organiserId())
                .filter(found -> AppraisalRounds.APPRAISE_TASK.equals(found.getTaskKey()))
                .orElseThrow(() -> new TaskNotFoundException(taskId));
        if (!reviewers.contains(item.getReviewerAgencyId())) {
            throw new AccessDeniedException(user.username() + " does not appraise for agency "
                    + item.getReviewerAgencyId());
        }
        return item;
    }

    /** The reviewing departments the user appraises for; 403 for a user who appraises for none. */
    Set<Long> requireAppraiser(CurrentUser user) {
        Set<Long> reviewers = reviewerAgencies(user);
        if (reviewers.isEmpty()) {
            throw new AccessDeniedException(user.username() + " appraises for no agency");
        }
        return reviewers;
    }
}
