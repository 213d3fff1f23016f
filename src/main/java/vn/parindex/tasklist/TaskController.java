package vn.parindex.tasklist;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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
import vn.parindex.campaign.Campaigns;
import vn.parindex.campaign.MilestoneType;
import vn.parindex.common.AppClock;
import vn.parindex.common.Choice;
import vn.parindex.common.VietnamTime;
import vn.parindex.security.AppUser;
import vn.parindex.security.AppUserRepository;
import vn.parindex.security.CandidateGroups;
import vn.parindex.security.CurrentUser;
import vn.parindex.workflow.ProcessModel;
import vn.parindex.workflow.Workflow;

/** The official's tasks at stable URLs (/tasks/{id}), so the links in reminder mails work. */
@Controller
class TaskController {

    private final WorkItemRepository items;
    private final TaskListQuery taskList;
    private final TaskCompletion completion;
    private final Workflow processes;
    private final Campaigns campaigns;
    private final AgencyRepository agencies;
    private final AppClock clock;
    private final AppUserRepository appUsers;
    private final Map<String, DedicatedTaskPage> dedicatedPages;

    private final org.springframework.context.MessageSource messages;

    TaskController(WorkItemRepository items, TaskListQuery taskList, TaskCompletion completion, Workflow processes,
                   Campaigns campaigns, AgencyRepository agencies, AppClock clock,
                   AppUserRepository appUsers, List<DedicatedTaskPage> dedicatedPages,
                   org.springframework.context.MessageSource messages) {
        this.appUsers = appUsers;
        this.messages = messages;
        this.dedicatedPages = dedicatedPages.stream()
                .collect(java.util.stream.Collectors.toMap(DedicatedTaskPage::taskKey, page -> page));
        this.items = items;
        this.taskList = taskList;
        this.completion = completion;
        this.processes = processes;
        this.campaigns = campaigns;
        this.agencies = agencies;
        this.clock = clock;
    }

    static final int PAGE_SIZE = 25;

    @GetMapping("/tasks")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) MilestoneType milestone,
                @RequestParam(required = false) String due, @RequestParam(required = false) String agency,
                @RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
        TaskFilter filter = new TaskFilter(milestone, due, agency);
        Page<TaskListQuery.Line> found = taskList.page(user.username(), groups(user), filter, clock.instant(),
                clock.today(), PageRequest.of(Math.max(0, page), PAGE_SIZE));
        model.addAttribute("rows", found.stream().map(line -> listRow(line, user.username(), locale)).toList());
        model.addAttribute("page", found);
        model.addAttribute("filter", filter);
        model.addAttribute("milestones", MilestoneType.values());
        model.addAttribute("dues", Choice.of(TaskFilter.DUES, value -> value,
                value -> messages.getMessage("tasks.filter." + value, null, locale)));
        return "tasklist/list";
    }

    @GetMapping("/tasks/{taskId}")
    @Transactional(readOnly = true)
    String show(@PathVariable String taskId, @AuthenticationPrincipal CurrentUser user, Model model,
                jakarta.servlet.http.HttpSession session) {
        WorkItem item = visibleItem(taskId, user);
        DedicatedTaskPage page = dedicatedPages.get(item.getTaskKey());
        if (page != null && item.isOpen()) {
            return "redirect:" + page.url(item);
        }
        Map<String, String> kept = KeptForm.take(session, "/tasks/" + taskId);
        TaskForm form = item.isOpen() ? processes.formOf(taskId).map(TaskForm::load).orElse(null) : null;
        fill(model, item, form, user, kept == null ? Map.of() : kept, Map.of());
        model.addAttribute("restored", kept != null);
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
        redirect.addFlashAttribute("completedKey", item.getTaskKey());
        return "redirect:/tasks";
    }

    @PostMapping("/tasks/{taskId}/claim")
    String claim(@PathVariable String taskId, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        WorkItem item = offeredItem(taskId, user);
        if (!item.isOpen() || !processes.claim(taskId, user.username())) {
            redirect.addFlashAttribute("errorKey", "tasks.claim.refused");
            return "redirect:/tasks";
        }
        redirect.addFlashAttribute("messageKey", "tasks.claimed");
        return "redirect:/tasks/" + taskId;
    }

    /** Claims every ticked task still free; those a colleague took meanwhile are counted, not an error. */
    @PostMapping("/tasks/claim")
    String claimAll(@RequestParam(name = "taskIds", required = false) List<String> taskIds,
                    @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        int claimed = 0;
        int refused = 0;
        for (String taskId : taskIds == null ? List.<String>of() : taskIds) {
            WorkItem item = offeredItem(taskId, user);
            if (item.isOpen() && item.getAssignee() == null && processes.claim(taskId, user.username())) {
                claimed++;
            } else if (!user.username().equals(item.getAssignee())) {
                refused++;
            }
        }
        redirect.addFlashAttribute("claimedCount", claimed);
        redirect.addFlashAttribute("refusedCount", refused);
        return "redirect:/tasks";
    }

    @PostMapping("/tasks/{taskId}/unclaim")
    String unclaim(@PathVariable String taskId, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        WorkItem item = offeredItem(taskId, user);
        if (!item.isOpen() || !user.username().equals(item.getAssignee())) {
            redirect.addFlashAttribute("errorKey", "tasks.unclaim.refused");
            return "redirect:/tasks";
        }
        processes.unclaim(taskId);
        redirect.addFlashAttribute("messageKey", "tasks.unclaimed");
        return "redirect:/tasks";
    }

    /**
     * Delegates (or reassigns) a task to a colleague of the same agency who is in one of the task's groups;
     * anyone else is refused with a message, so a task never leaves the agency it belongs to.
     */
    @PostMapping("/tasks/{taskId}/delegate")
    @Transactional
    String delegate(@PathVariable String taskId, @RequestParam String username,
                    @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        WorkItem item = offeredItem(taskId, user);
        AppUser target = appUsers.findByUsername(username.trim()).orElse(null);
        if (!item.isOpen() || target == null || !target.isActive()
                || !target.getAgency().getId().equals(user.agencyId())
                || java.util.Collections.disjoint(item.getGroups(), CandidateGroups.of(target.getRoles(),
                        target.getAgency().getCode(), target.getOrganiser().getCode()))) {
            redirect.addFlashAttribute("errorKey", "tasks.delegate.refused");
            redirect.addFlashAttribute("errorArg", username);
            return "redirect:/tasks";
        }
        processes.setAssignee(taskId, target.getUsername());
        redirect.addFlashAttribute("messageKey", "tasks.delegated");
        redirect.addFlashAttribute("messageArg", target.getFullName());
        return "redirect:/tasks";
    }

    private WorkItem offeredItem(String taskId, CurrentUser user) {
        WorkItem item = visibleItem(taskId, user);
        if (!item.isOfferedTo(user.username(), groups(user))) {
            throw new AccessDeniedException("task not offered to " + user.username());
        }
        return item;
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
        model.addAttribute("form", form == null ? null
                : form.in(messages, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute("values", values);
        model.addAttribute("fieldErrors", errors);
        model.addAttribute("mayComplete", item.isOpen() && item.isOfferedTo(user.username(), groups(user)));
        model.addAttribute("history", items.findByProcessInstanceIdAndState(item.getProcessInstanceId(),
                        WorkItemState.COMPLETED).stream()
                .sorted(Comparator.comparing(WorkItem::getCompletedAt).reversed()).toList());
    }

    /** A task is visible to those it is offered to, to whoever completed it, and to its organiser's staff. */
    private WorkItem visibleItem(String taskId, CurrentUser user) {
        WorkItem item = items.findInOrganiser(taskId, user.organiserId())
                .orElseThrow(() -> new TaskNotFoundException(taskId));
        if (!user.actsForOrganiser() && !item.isOfferedTo(user.username(), groups(user))
                && !user.username().equals(item.getCompletedBy())) {
            throw new AccessDeniedException("task " + taskId + " is not for " + user.username());
        }
        return item;
    }

    static Set<String> groups(CurrentUser user) {
        return CandidateGroups.of(user.roles(), user.agencyCode(), user.organiserCode());
    }

    /** A line of the task list, its texts looked up once here rather than by expressions in the row loop. */
    private TaskListRow listRow(TaskListQuery.Line task, String me, Locale locale) {
        String milestone = task.milestone() == null ? "—" : text(task.milestone().messageKey(), locale);
        String state = task.assignee() == null ? text("tasks.state.OPEN", locale)
                : text("tasks.claimedBy", locale, task.assignee());
        String due = "—";
        String badgeClass = "text-muted";
        String badge = text("tasks.filter.none", locale);
        boolean overdue = false;
        if (task.dueAt() != null) {
            LocalDate dueDate = task.dueAt().atZone(VietnamTime.ZONE).toLocalDate();
            long daysLeft = ChronoUnit.DAYS.between(clock.today(), dueDate);
            overdue = task.dueAt().isBefore(clock.instant());
            due = VietnamTime.format(dueDate);
            badgeClass = overdue ? "badge text-bg-danger" : "badge text-bg-secondary";
            badge = overdue ? text("tasks.overdue", locale, -daysLeft) : text("tasks.daysLeft", locale, daysLeft);
        }
        return new TaskListRow(task.taskId(), text("task.name." + task.taskKey(), locale),
                ProcessModel.DECIDE_ON_MISSED_DEADLINE.equals(task.taskKey()), task.campaignId(), task.agencyName(),
                task.campaignName(), milestone, overdue ? "table-danger" : null, due, badgeClass, badge, state,
                task.assignee() == null, me.equals(task.assignee()));
    }

    /** A message as a page's {@code #{...}} shows it, a missing key as {@code ??key_locale??}. */
    private String text(String code, Locale locale, Object... arguments) {
        return messages.getMessage(code, arguments, "??" + code + "_" + locale + "??", locale);
    }

    /** A task's header: what, for whom, due when and how many days are left. */
    record Row(WorkItem item, String agencyName, String campaignName, String due, Long daysLeft, boolean overdue) {
    }

    private Row row(WorkItem item) {
        String agencyName = item.getAgencyId() == null ? null
                : agencies.findById(item.getAgencyId()).map(a -> a.getName()).orElse(null);
        String campaignName = campaigns.find(item.getCampaignId()).map(Campaign::getName).orElse("");
        return row(item, agencyName, campaignName);
    }

    private Row row(WorkItem item, String agencyName, String campaignName) {
        if (item.getDueAt() == null) {
            return new Row(item, agencyName, campaignName, "", null, false);
        }
        LocalDate due = item.getDueAt().atZone(VietnamTime.ZONE).toLocalDate();
        long daysLeft = ChronoUnit.DAYS.between(clock.today(), due);
        return new Row(item, agencyName, campaignName, VietnamTime.format(due), daysLeft,
                item.isOpen() && item.getDueAt().isBefore(clock.instant()));
    }
}
