package vn.parindex.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.agency.Agency;
import vn.parindex.assessment.AgencyAssessmentRepository;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Role;
import vn.parindex.tasklist.WorkItemRepository;
import vn.parindex.tasklist.WorkItemState;

/** Launching a campaign and changing its deadlines while it runs (organiser only). */
@Controller
class CampaignRunController {

    private final CampaignRepository campaigns;
    private final CampaignLaunch launch;
    private final DeadlineChanges deadlineChanges;
    private final DeadlineChangeRepository changes;
    private final AgencyAssessmentRepository assessments;
    private final WorkItemRepository workItems;
    private final MessageSource messages;
    private final vn.parindex.common.AppClock clock;

    CampaignRunController(CampaignRepository campaigns, CampaignLaunch launch, DeadlineChanges deadlineChanges,
                          DeadlineChangeRepository changes, AgencyAssessmentRepository assessments,
                          WorkItemRepository workItems, MessageSource messages, vn.parindex.common.AppClock clock) {
        this.campaigns = campaigns;
        this.launch = launch;
        this.deadlineChanges = deadlineChanges;
        this.changes = changes;
        this.assessments = assessments;
        this.workItems = workItems;
        this.messages = messages;
        this.clock = clock;
    }

    @PostMapping("/campaigns/{id}/launch")
    String launch(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Locale locale,
                  RedirectAttributes redirect) {
        requireOrganiser(user);
        try {
            List<String> warnings = launch.warnings(id, user.organiserId()).stream()
                    .map(p -> describe(p, locale)).toList();
            launch.launch(id, user.organiserId());
            redirect.addFlashAttribute("success", messages.getMessage("run.launched", null, locale));
            redirect.addFlashAttribute("launchWarnings", warnings);
            return "redirect:/campaigns/" + id + "/run";
        } catch (CampaignLaunchException e) {
            redirect.addFlashAttribute("errors", e.problems().stream().map(p -> describe(p, locale)).toList());
            return "redirect:/campaigns/" + id + "/run";
        }
    }

    @GetMapping("/campaigns/{id}/run")
    @Transactional(readOnly = true)
    String run(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        Campaign campaign = campaign(id, user);
        model.addAttribute("campaign", campaign);
        model.addAttribute("mayManage", user.actsForOrganiser());
        model.addAttribute("timeline", campaign.timeline());
        model.addAttribute("extendable", extendable().stream()
                .filter(type -> campaign.milestone(type).map(Milestone::isUsed).orElse(false)).toList());
        if (campaign.isDraft()) {
            model.addAttribute("problems", launch.problems(campaign).stream().map(p -> describe(p, locale)).toList());
            model.addAttribute("launchWarnings", launch.warnings(campaign).stream().map(p -> describe(p, locale)).toList());
        }
        List<Agency> agencies = campaign.getAgencies().stream()
                .sorted(java.util.Comparator.comparing(Agency::getCode)).toList();
        model.addAttribute("agencies", agencies);
        model.addAttribute("agencyNames", agencies.stream()
                .collect(java.util.stream.Collectors.toMap(Agency::getId, Agency::getName)));
        model.addAttribute("reviewerNames", campaign.getReviewerAssignments().stream()
                .map(ReviewerAssignment::getReviewerAgency).distinct()
                .collect(java.util.stream.Collectors.toMap(Agency::getId, Agency::getName)));
        model.addAttribute("changes", changes.findByCampaignIdOrderByChangedAtDesc(id));
        model.addAttribute("openByAgency", workItems.findByCampaignIdAndState(id, WorkItemState.OPEN).stream()
                .filter(item -> item.getAgencyId() != null)
                .collect(java.util.stream.Collectors.groupingBy(vn.parindex.tasklist.WorkItem::getAgencyId)));
        model.addAttribute("statusByAgency", assessments.findByCampaignId(id).stream().collect(
                java.util.stream.Collectors.toMap(a -> a.getAgency().getId(), a -> a.getStatus())));
        model.addAttribute("today", clock.instant());
        progress(campaign, model);
        return "campaign/run";
    }

    @GetMapping("/campaigns/{id}/run/progress")
    @Transactional(readOnly = true)
    String progress(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        progress(campaign(id, user), model);
        return "campaign/run :: progress";
    }

    @PostMapping("/campaigns/{id}/deadlines/move")
    String move(@PathVariable Long id, @RequestParam MilestoneType milestone,
                @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate windowStart,
                @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate dueDate,
                @RequestParam(required = false) String reason, @AuthenticationPrincipal CurrentUser user,
                Locale locale, RedirectAttributes redirect) {
        requireOrganiser(user);
        campaign(id, user);
        try {
            deadlineChanges.moveMilestone(id, milestone, windowStart, dueDate, reason, user.username());
            redirect.addFlashAttribute("success", messages.getMessage("deadline.moved", null, locale));
        } catch (DeadlineChangeException e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.getMessage(), null, locale));
        }
        return "redirect:/campaigns/" + id + "/run";
    }

    @PostMapping("/campaigns/{id}/deadlines/extend")
    String extend(@PathVariable Long id, @RequestParam Long agencyId, @RequestParam MilestoneType milestone,
                  @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate dueDate,
                  @RequestParam(required = false) String reason, @AuthenticationPrincipal CurrentUser user,
                  Locale locale, RedirectAttributes redirect) {
        requireOrganiser(user);
        campaign(id, user);
        try {
            deadlineChanges.extendForAgency(id, agencyId, milestone, dueDate, reason, user.username());
            redirect.addFlashAttribute("success", messages.getMessage("deadline.extended", null, locale));
        } catch (DeadlineChangeException e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.getMessage(), null, locale));
        }
        return "redirect:/campaigns/" + id + "/run";
    }

    @PostMapping("/campaigns/{id}/agencies/{agencyId}/reopen")
    String reopen(@PathVariable Long id, @PathVariable Long agencyId,
                  @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate dueDate,
                  @RequestParam(required = false) String reason, @AuthenticationPrincipal CurrentUser user,
                  Locale locale, RedirectAttributes redirect) {
        requireOrganiser(user);
        campaign(id, user);
        try {
            deadlineChanges.reopen(id, agencyId, dueDate, reason, user.username());
            redirect.addFlashAttribute("success", messages.getMessage("deadline.reopened", null, locale));
        } catch (DeadlineChangeException e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.getMessage(), null, locale));
        }
        return "redirect:/campaigns/" + id + "/run";
    }

    private void progress(Campaign campaign, Model model) {
        model.addAttribute("campaign", campaign);
        model.addAttribute("total", campaign.getAgencies().size());
        model.addAttribute("opened", assessments.countByCampaignId(campaign.getId()));
        model.addAttribute("openTasks", workItems.countByCampaignIdAndState(campaign.getId(), WorkItemState.OPEN));
    }

    private Campaign campaign(Long id, CurrentUser user) {
        if (!user.hasAny(Role.ORGANISER, Role.ADMIN, Role.VIEWER, Role.COUNCIL, Role.CHAIRMAN)) {
            throw new AccessDeniedException("campaign run page");
        }
        return campaigns.findByIdAndOrganiserId(id, user.organiserId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static void requireOrganiser(CurrentUser user) {
        if (!user.actsForOrganiser()) {
            throw new AccessDeniedException("organiser only");
        }
    }

    private String describe(Problem problem, Locale locale) {
        return messages.getMessage(new org.springframework.context.support.DefaultMessageSourceResolvable(
                new String[] {problem.code()}, problem.args(), problem.code()), locale);
    }

    static List<MilestoneType> extendable() {
        return List.of(MilestoneType.RESPONDENT_LIST, MilestoneType.SELF_ASSESSMENT, MilestoneType.SUPPLEMENTARY);
    }
}
