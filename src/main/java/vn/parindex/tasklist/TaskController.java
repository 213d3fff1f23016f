package vn.parindex.tasklist;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.agency.AgencyRepository;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignRepository;
import vn.parindex.common.AppClock;
import vn.parindex.common.VietnamTime;
import vn.parindex.engine.CampaignProcesses;
import vn.parindex.security.CandidateGroups;
import vn.parindex.security.CurrentUser;

/** The official's tasks at stable URLs (/tasks/{id}), so the links in reminder mails work. */
@Controller
class TaskController {

    private final WorkItemRepository items;
    private final TaskCompletion completion;
    private final CampaignProcesses processes;
    private final CampaignRepository campaigns;
    private final AgencyRepository agencies;
    private final AppClock clock;
    private final Map<String, DedicatedTaskPage> dedicatedPages;

    TaskController(WorkItemRepository items, TaskCompletion completion, CampaignProcesses processes,
                   CampaignRepository campaigns, AgencyRepository agencies, AppClock clock,
                   List<DedicatedTaskPage> dedicatedPages) {
        this.dedicatedPages = dedicatedPages.stream()
                .collect(java.util.stream.Collectors.toMap(DedicatedTaskPage::taskKey, page -> page));
        this.items = items;
        this.completion = completion;
        this.processes = processes;
        this.campaigns = campaigns;
        this.agencies = agencies;
        this.clock = clock;
    }

    @GetMapping("/tasks")
    @Transactional(readOnly = true)
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<WorkItem> mine = items.openFor(user.username(), groups(user));
        model.addAttribute("rows", mine.stream().map(this::row).toList());
        return "tasklist/list";
    }

    @GetMapping("/tasks/{taskId}")
    @Transactional(readOnly = true)
    String show(@PathVariable String taskId, @AuthenticationPrincipal CurrentUser user, Model model) {
        WorkItem item = visibleItem(taskId, user);
        DedicatedTaskPage page = dedicatedPages.get(item.getTaskKey());
        if (page != null && item.isOpen()) {
            return "redirect:" + page.url(item);
        }
        TaskForm form = item.isOpen() ? processes.formOf(taskId).map(TaskForm::load).orElse(null) : null;
        fill(model, item, form, user, Map.of(), Map.of());
        return "tasklist/task";
    }

    @PostMapping("/tasks/{taskId}")
    String complete(@PathVariable String taskId, @RequestParam Map<String, String> input,
                    @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        WorkItem item = visibleItem(taskId, user);
        if (!item.isOfferedTo(user.username(), groups(user))) {
            throw new AccessDeniedException("task not offered to " + user.username());
        }
        if (!item.isOpen()) {
            return formAgain(model, item, null, user, typed(input), Map.of(), "task.error.notOpen");
        }
        if (dedicatedPages.containsKey(item.getTaskKey())) {
            // done on its own page, which checks what the plain form cannot (every leaf scored …)
            return "redirect:" + dedicatedPages.get(item.getTaskKey()).url(item);
        }
        TaskForm form = processes.formOf(taskId).map(TaskForm::load).orElseThrow();
        TaskForm.Submission submission = form.read(input);
        if (!submission.valid()) {
            return formAgain(model, item, form, user, submission.raw(), submission.errors(), "task.error.invalid");
        }
        try {
            TaskCompletion.Result result = completion.complete(taskId, user.username(), submission);
            if (!result.done()) {
                return formAgain(model, item, form, user, submission.raw(), Map.of(), result.errorKey());
            }
        } catch (TaskAlreadyDoneException e) {
            return formAgain(model, item, form, user, submission.raw(), Map.of(), "task.error.notOpen");
        }
        redirect.addFlashAttribute("completed", item.getName());
        return "redirect:/tasks";
    }

    @PostMapping("/tasks/{taskId}/claim")
    String claim(@PathVariable String taskId, @AuthenticationPrincipal CurrentUser user) {
        WorkItem item = visibleItem(taskId, user);
        if (!item.isOfferedTo(user.username(), groups(user))) {
            throw new AccessDeniedException("task not offered to " + user.username());
        }
        processes.claim(taskId, user.username());
        return "redirect:/tasks/" + taskId;
    }

    /** What the official typed, without the CSRF token. */
    private static Map<String, String> typed(Map<String, String> input) {
        Map<String, String> typed = new java.util.LinkedHashMap<>(input);
        typed.remove("_csrf");
        return typed;
    }

    private String formAgain(Model model, WorkItem item, TaskForm form, CurrentUser user, Map<String, String> values,
                             Map<String, String> errors, String errorKey) {
        WorkItem fresh = items.findById(item.getTaskId()).orElse(item);
        fill(model, fresh, form, user, values, errors);
        model.addAttribute("errorKey", errorKey);
        return "tasklist/task";
    }

    private void fill(Model model, WorkItem item, TaskForm form, CurrentUser user, Map<String, String> values,
                      Map<String, String> errors) {
        model.addAttribute("row", row(item));
        model.addAttribute("item", item);
        model.addAttribute("form", form);
        model.addAttribute("values", values);
        model.addAttribute("fieldErrors", errors);
        model.addAttribute("mayComplete", item.isOpen() && item.isOfferedTo(user.username(), groups(user)));
        model.addAttribute("history", items.findByProcessInstanceIdAndState(item.getProcessInstanceId(),
                        WorkItemState.COMPLETED).stream()
                .sorted(Comparator.comparing(WorkItem::getCompletedAt).reversed()).toList());
    }

    /** A task is visible to those it is offered to, to whoever completed it, and to its organiser's staff. */
    private WorkItem visibleItem(String taskId, CurrentUser user) {
        WorkItem item = items.findById(taskId).orElseThrow(() -> new AccessDeniedException("no task " + taskId));
        Campaign campaign = campaigns.findById(item.getCampaignId()).orElseThrow();
        boolean organiserStaff = user.actsForOrganiser() && campaign.getOrganiser().getId().equals(user.organiserId());
        if (!organiserStaff && !item.isOfferedTo(user.username(), groups(user))
                && !user.username().equals(item.getCompletedBy())) {
            throw new AccessDeniedException("task " + taskId + " is not for " + user.username());
        }
        return item;
    }

    static Set<String> groups(CurrentUser user) {
        return CandidateGroups.of(user.roles(), user.agencyCode(), user.organiserCode());
    }

    /** A line of the task list: what, for whom, due when and how many days are left. */
    record Row(WorkItem item, String agencyName, String campaignName, String due, Long daysLeft, boolean overdue) {
    }

    private Row row(WorkItem item) {
        String agencyName = item.getAgencyId() == null ? null
                : agencies.findById(item.getAgencyId()).map(a -> a.getName()).orElse(null);
        String campaignName = campaigns.findById(item.getCampaignId()).map(Campaign::getName).orElse("");
        if (item.getDueAt() == null) {
            return new Row(item, agencyName, campaignName, "", null, false);
        }
        LocalDate due = item.getDueAt().atZone(VietnamTime.ZONE).toLocalDate();
        long daysLeft = ChronoUnit.DAYS.between(clock.today(), due);
        return new Row(item, agencyName, campaignName, VietnamTime.format(due), daysLeft,
                item.isOpen() && item.getDueAt().isBefore(clock.instant()));
    }
}
