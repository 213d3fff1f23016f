package vn.parindex.dashboard;

import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import vn.parindex.agency.Agency;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.assessment.AgencyAssessment;
import vn.parindex.assessment.AgencyAssessmentRepository;
import vn.parindex.campaign.Campaign;
import vn.parindex.security.CurrentUser;
import vn.parindex.timeline.ReminderSchedule;
import vn.parindex.workflow.ProcessDiagrams;

/**
 * Where an agency stands in its assessment process, drawn from the BPMN: for the agency's own officers and head
 * (their latest launched campaign), and for the organiser's staff and readers (an agency of their own campaign;
 * another organiser's campaign or an agency outside it is not found).
 */
@Service
@RequiredArgsConstructor
public class AgencyProcess {

    /** The agency's process: the diagram (null before the process started) and the names of the steps under way. */
    public record View(Campaign campaign, Long agencyId, String agencyName, ProcessDiagrams.Diagram diagram,
                       List<String> currentSteps) {
    }

    private final CampaignDashboard dashboard;
    private final DashboardQueries queries;
    private final AgencyRepository agencies;
    private final AgencyAssessmentRepository assessments;
    private final ProcessDiagrams diagrams;
    private final MessageSource messages;
    private final ReminderSchedule reminders;

    @Transactional(readOnly = true)
    public View ofOwnAgency(CurrentUser user, Locale locale) {
        if (!AgencyHome.mayUse(user)) {
            throw new AccessDeniedException("agency process");
        }
        Agency agency = agencies.findById(user.agencyId()).orElseThrow();
        Campaign campaign = queries.launchedCampaignsOf(agency.getId(), user.organiserId()).stream().findFirst()
                .orElse(null);
        return view(campaign, agency.getId(), agency.getName(), locale);
    }

    @Transactional(readOnly = true)
    public View ofOrganisersAgency(Long campaignId, Long agencyId, CurrentUser user, Locale locale) {
        Campaign campaign = dashboard.campaign(campaignId, user);
        DashboardQueries.AgencyRow agency = queries.agency(campaignId, agencyId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return view(campaign, agency.id(), agency.name(), locale);
    }

    private View view(Campaign campaign, Long agencyId, String agencyName, Locale locale) {
        ProcessDiagrams.Diagram diagram = campaign == null ? null
                : assessments.findByCampaignIdAndAgencyId(campaign.getId(), agencyId)
                .map(AgencyAssessment::getProcessInstanceId)
                .flatMap(id -> diagrams.of(id, locale)).orElse(null);
        List<String> current = diagram == null ? List.of() : diagram.current().stream()
                .map(id -> messages.getMessage("diagram.node." + id, new Object[] {reminders.getShown()}, id, locale))
                .toList();
        return new View(campaign, agencyId, agencyName, diagram, current);
    }
}
