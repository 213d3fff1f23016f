package vn.parindex.appraisal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.agency.AgencyFilter;
import vn.parindex.agency.AgencyType;
import vn.parindex.agency.AgencyTypeRepository;
import vn.parindex.common.AppClock;
import vn.parindex.common.BadListRequest;
import vn.parindex.common.Choice;
import vn.parindex.common.PageResult;
import vn.parindex.common.Paging;
import vn.parindex.security.CandidateGroups;
import vn.parindex.security.CurrentUser;
import vn.parindex.tasklist.WorkItem;
import vn.parindex.tasklist.WorkItemQueries;

/** The reviewing departments' pages: the worklist and the appraisal of one agency (task appraiseSelfAssessment). */
@Controller
@RequiredArgsConstructor
class AppraisalController {

    private final ReviewerAccess access;
    private final AppraisalTasks tasks;
    private final Appraisals appraisals;
    private final WorkItemQueries items;
    private final Objections objections;
    private final MessageSource messages;

    private final ReviewerWorklist worklist;
    private final AgencyTypeRepository agencyTypes;
    private final AppClock clock;

    /** One page of the department's open appraisals, searched and filtered; the objections below are all open ones. */
    @GetMapping("/appraisals")
    String worklist(@AuthenticationPrincipal CurrentUser user, Model model, Locale locale,
                    @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                    @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                    @RequestParam(required = false) String q, @RequestParam(required = false) String type,
                    @RequestParam(required = false) String overdue, @RequestParam(required = false) String campaign) {
        Set<Long> reviewers = access.requireAppraiser(user);
        Paging paging = Paging.from(page, size, sort, dir, ReviewerWorklist.SORT);
        List<AgencyType> types = agencyTypes.findAllByOrderBySortOrder();
        ReviewerWorklist.Filter filter = new ReviewerWorklist.Filter(
                AgencyFilter.parse(q, type, overdue, types.stream().map(AgencyType::getCode).toList()),
                BadListRequest.idFilter("campaign", campaign));
        List<String> groups = List.copyOf(CandidateGroups.of(user.roles(), user.agencyCode(), user.organiserCode()));
        PageResult<String> ids = worklist.page(user.username(), groups, reviewers, filter, paging, clock.instant());
        Map<String, WorkItem> byId = items.all(ids.items()).stream()
                .collect(java.util.stream.Collectors.toMap(WorkItem::getTaskId, i -> i));
        model.addAttribute("works", tasks.worklist(ids.map(byId::get)));
        model.addAttribute("types", Choice.of(types, AgencyType::getCode, t -> t.name(locale)));
        model.addAttribute("campaigns", worklist.campaigns(user.username(), groups, reviewers));
        model.addAttribute("objections", objections.openFor(reviewers));
        return "appraisal/worklist";
    }

    @GetMapping("/appraisals/{taskId}")
    String show(@PathVariable String taskId, @AuthenticationPrincipal CurrentUser user, Model model) {
        WorkItem item = access.appraisalTask(taskId, user);
        model.addAttribute("page", tasks.page(item));
        model.addAttribute("typed", Map.of());
        return "appraisal/appraise";
    }

    @PostMapping("/appraisals/{taskId}/criteria/{criterionId}/accept")
    String accept(@PathVariable String taskId, @PathVariable Long criterionId,
                  @RequestParam(required = false) Long version, @RequestParam(required = false) String reason,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        WorkItem item = access.appraisalTask(taskId, user);
        try {
            tasks.requireEditable(item);
            appraisals.accept(item.getCampaignId(), item.getAgencyId(), criterionId, item.getReviewerAgencyId(),
                    version, reason, user.username());
        } catch (AppraisalProblem | OptimisticLockingFailureException e) {
            return again(item, criterionId, e, Map.of("reason", reason == null ? "" : reason), model);
        }
        redirect.addFlashAttribute("success", text("appraisal.saved"));
        return "redirect:/appraisals/" + taskId + "#leaf-" + criterionId;
    }

    @PostMapping("/appraisals/{taskId}/criteria/{criterionId}/adjust")
    String adjust(@PathVariable String taskId, @PathVariable Long criterionId,
                  @RequestParam(required = false) Long version, @RequestParam(required = false) String answer,
                  @RequestParam(defaultValue = "false") boolean notApplicable,
                  @RequestParam(required = false) String reason, @AuthenticationPrincipal CurrentUser user,
                  Model model, RedirectAttributes redirect) {
        WorkItem item = access.appraisalTask(taskId, user);
        try {
            tasks.requireEditable(item);
            appraisals.adjust(item.getCampaignId(), item.getAgencyId(), criterionId, item.getReviewerAgencyId(),
                    version, answer, notApplicable, reason, user.username());
        } catch (AppraisalProblem | OptimisticLockingFailureException e) {
            return again(item, criterionId, e, Map.of("answer", answer == null ? "" : answer,
                    "reason", reason == null ? "" : reason), model);
        }
        redirect.addFlashAttribute("success", text("appraisal.saved"));
        return "redirect:/appraisals/" + taskId + "#leaf-" + criterionId;
    }

    @PostMapping("/appraisals/{taskId}/criteria/{criterionId}/request")
    String request(@PathVariable String taskId, @PathVariable Long criterionId,
                   @RequestParam(required = false) String message, @AuthenticationPrincipal CurrentUser user,
                   Model model, RedirectAttributes redirect) {
        WorkItem item = access.appraisalTask(taskId, user);
        try {
            tasks.requestEvidence(item, criterionId, message, user.username());
        } catch (AppraisalProblem e) {
            return again(item, criterionId, e, Map.of("message", message == null ? "" : message), model);
        }
        redirect.addFlashAttribute("success", text("appraisal.requested"));
        return "redirect:/appraisals/" + taskId + "#leaf-" + criterionId;
    }

    @PostMapping("/appraisals/{taskId}/finish")
    String finish(@PathVariable String taskId, @AuthenticationPrincipal CurrentUser user, Model model,
                  RedirectAttributes redirect) {
        WorkItem item = access.appraisalTask(taskId, user);
        try {
            AppraisalTasks.Summary summary = tasks.finish(taskId, user.username(), s -> text("appraisal.summary",
                    s.accepted(), s.adjusted(), s.requested()));
            redirect.addFlashAttribute("success", text(AppraisalRounds.SUPPLEMENTARY_OUTCOME.equals(summary.outcome())
                    ? "appraisal.finished.supplementary" : "appraisal.finished.accepted"));
        } catch (AppraisalProblem e) {
            return again(item, null, e, Map.of(), model);
        }
        return "redirect:/appraisals";
    }

    private String again(WorkItem item, Long criterionId, RuntimeException problem, Map<String, String> typed,
                         Model model) {
        WorkItem fresh = items.find(item.getTaskId()).orElse(item);
        model.addAttribute("page", tasks.page(fresh));
        model.addAttribute("failedLeaf", criterionId);
        model.addAttribute("typed", typed);
        model.addAttribute("error", problem instanceof AppraisalProblem p ? text(p.key(), p.args())
                : text("appraisal.error.stale"));
        return "appraisal/appraise";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
