package vn.parindex.appraisal;

import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.parindex.common.Downloads;
import vn.parindex.agency.Agency;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.agency.Organiser;
import vn.parindex.agency.OrganiserRepository;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Export;
import vn.parindex.tasklist.WorkItem;

/** The appraisal minutes of one task as a Word document, for whoever may open the appraisal page (same check). */
@Controller
@RequiredArgsConstructor
class AppraisalMinutesController {

    private final ReviewerAccess access;
    private final AppraisalTasks tasks;
    private final AppraisalMinutes minutes;
    private final AgencyRepository agencies;
    private final OrganiserRepository organisers;

    @GetMapping("/appraisals/{taskId}/minutes.docx")
    @Export("appraisal minutes (Word)")
    ResponseEntity<byte[]> docx(@PathVariable String taskId, @AuthenticationPrincipal CurrentUser user, Locale locale) {
        WorkItem item = access.appraisalTask(taskId, user);
        AppraisalTasks.Page page = tasks.page(item);
        String reviewer = agencies.findById(item.getReviewerAgencyId()).map(Agency::getName).orElse("");
        String organiser = organisers.findById(user.organiserId()).map(Organiser::getName).orElse("");
        return Downloads.docx(minutes.docx(page, reviewer, organiser, locale),
                "bien-ban-tham-dinh-" + item.getAgencyId() + ".docx");
    }
}
