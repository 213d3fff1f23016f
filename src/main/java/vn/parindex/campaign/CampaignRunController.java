package vn.parindex.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
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
import vn.parindex.agency.AgencyFilter;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.agency.AgencyType;
import vn.parindex.agency.AgencyTypeRepository;
import vn.parindex.common.BadListRequest;
import vn.parindex.common.Choice;
import vn.parindex.common.PageResult;
import vn.parindex.common.Paging;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Role;

/**
 * Launching a campaign and its run page: progress, agencies and the log of deadline changes (organiser's side;
 * the changes themselves are timeline.DeadlineChangeController's).
 */
@Controller
@RequiredArgsConstructor
class CampaignRunController {

    private final CampaignRepository campaigns;
    private final CampaignLaunch launch;
    private final DeadlineLog changes;
    private final CampaignAssessments assessments;
    private final CampaignWork work;
    private final MessageSource messages;
    private final vn.parindex.common.AppClock clock;
    private final RunAgencies runAgencies;
    private final AgencyTypeRepository agencyTypes;
    private final AgencyRepository agencyRepository;

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

    /** The campaign's timeline and one page of its agencies, searched and filtered; the progress counts every one. */
    @GetMapping("/campaigns/{id}/run")
    @Transactional(readOnly = true)
    String run(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale,
               @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
               @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
               @RequestParam(required = false) String q, @RequestParam(required = false) String type,
               @RequestParam(required = false) String status, @RequestParam(required = false) String milestone,
               @RequestParam(required = false) String overdue) {
        Campaign campaign = campaign(id, user);
        Paging paging = Paging.from(page, size, sort, dir, RunAgencies.SORT);
        List<AgencyType> types = agencyTypes.findAllByOrderBySortOrder();
        RunAgencies.Filter filter = new RunAgencies.Filter(
                AgencyFilter.parse(q, type, overdue, types.stream().map(AgencyType::getCode).toList()),
                BadListRequest.nameFilter("status", status,
                        assessments.statuses().stream().map(Enum::name).toList()),
                BadListRequest.enumFilter("milestone", milestone, MilestoneType.class));
        model.addAttribute("campaign", campaign);
        model.addAttribute("mayManage", user.actsForOrganiser());
        model.addAttribute("timeline", campaign.timeline());
        model.addAttribute("extendable", java.util.Arrays.stream(MilestoneType.values())
                .filter(MilestoneType::extendable)
                .filter(t -> campaign.milestone(t).map(Milestone::isUsed).orElse(false)).toList());
        if (campaign.isDraft()) {
            model.addAttribute("problems", launch.problems(campaign).stream().map(p -> describe(p, locale)).toList());
            model.addAttribute("launchWarnings", launch.warnings(campaign).stream().map(p -> describe(p, locale)).toList());
        }
        Instant now = clock.instant();
        PageResult<RunAgencies.Line> agencies = runAgencies.page(id, filter, paging, now);
        List<? extends DeadlineLog.Entry> changeList = changes.newestFirst(id);
        model.addAttribute("agencies", agencies);
        model.addAttribute("types", Choice.of(types, AgencyType::getCode, t -> t.name(locale)));
        model.addAttribute("statuses", assessments.statuses());
        model.addAttribute("changedAgencies", agencyRepository.findAllById(changeList.stream()
                        .map(DeadlineLog.Entry::getAgencyId).filter(java.util.Objects::nonNull).distinct().toList())
                .stream().collect(java.util.stream.Collectors.toMap(Agency::getId, agency -> agency)));
        model.addAttribute("reviewerNames", campaign.getReviewerAssignments().stream()
                .map(ReviewerAssignment::getReviewerAgency).distinct()
                .collect(java.util.stream.Collectors.toMap(Agency::getId, Agency::getName)));
        model.addAttribute("changes", changeList);
        model.addAttribute("openByAgency", work.openOfAgencies(id,
                        agencies.items().stream().map(RunAgencies.Line::id).toList()).stream()
                .collect(java.util.stream.Collectors.groupingBy(CampaignWork.Task::agencyId)));
        model.addAttribute("today", now);
        progress(campaign, model);
        return "campaign/run";
    }

    @GetMapping("/campaigns/{id}/run/progress")
    @Transactional(readOnly = true)
    String progress(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        progress(campaign(id, user), model);
        return "campaign/run :: progress";
    }

    private void progress(Campaign campaign, Model model) {
        model.addAttribute("campaign", campaign);
        model.addAttribute("total", campaigns.countAgencies(campaign.getId()));
        model.addAttribute("opened", assessments.countOpened(campaign.getId()));
        model.addAttribute("openTasks", work.countOpen(campaign.getId()));
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

}
