package vn.parindex.security;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

import lombok.RequiredArgsConstructor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import vn.parindex.common.Paging;
import vn.parindex.common.VietnamTime;

/**
 * The security audit log for administrators: newest first, by user and kind, a page at a time; the same selection
 * as CSV for the province's log system; the check of the hash chain.
 */
@Controller
@RequiredArgsConstructor
class AuditLogController {

    static final String[] CSV_COLUMNS = {"id", "occurred_at_utc", "occurred_at_vietnam", "kind", "username",
        "organiser_id", "ip_address", "user_agent", "http_method", "path", "detail", "prev_hash", "hash"};
    private static final DateTimeFormatter VIETNAM = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(VietnamTime.ZONE);

    private final AuditSearch search;
    private final AuditChain chain;
    private final AuditRetentionPeriod retention;

    @GetMapping("/audit")
    String list(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filter") AuditSearch.Filter filter,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                Model model) {
        requireAdmin(user);
        model.addAttribute("result", search.page(user.organiserId(), filter,
                Paging.from(page, size, sort, dir, AuditSearch.SORT)));
        model.addAttribute("kinds", AuditKind.values());
        model.addAttribute("retentionMonths", retention.months());
        return "audit/list";
    }

    /** The lines the page shows with the same filters and order, all of them, as CSV in UTF-8 with a BOM (Excel). */
    @GetMapping("/audit.csv")
    @Export("security audit log (CSV)")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal CurrentUser user,
                               @ModelAttribute("filter") AuditSearch.Filter filter,
                               @RequestParam(required = false) String sort, @RequestParam(required = false) String dir)
            throws IOException {
        requireAdmin(user);
        StringWriter out = new StringWriter().append('\uFEFF');
        try (CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(CSV_COLUMNS).get().print(out)) {
            for (AuditEvent e : search.all(user.organiserId(), filter,
                    Paging.from(null, null, sort, dir, AuditSearch.SORT))) {
                csv.printRecord(e.getId(), e.getOccurredAt(), VIETNAM.format(e.getOccurredAt()), e.getKind(),
                        e.getUsername(), e.getOrganiserId(), e.getIpAddress(), e.getUserAgent(), e.getHttpMethod(),
                        e.getPath(), e.getDetail(), e.getPrevHash(), e.getHash());
            }
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("audit-log.csv").build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Walks the whole chain: intact, or the first line that does not fit. */
    @GetMapping("/audit/chain")
    String chain(@AuthenticationPrincipal CurrentUser user, Model model) {
        requireAdmin(user);
        AuditChain.Verdict verdict = chain.verify();
        model.addAttribute("intact", verdict.intact());
        model.addAttribute("checked", verdict.checked());
        model.addAttribute("brokenAt", verdict.brokenAt());
        model.addAttribute("brokenTime", verdict.brokenOccurredAt() == null ? null
                : VIETNAM.format(verdict.brokenOccurredAt()));
        model.addAttribute("problem", verdict.problem());
        return "audit/chain";
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.has(Role.ADMIN)) {
            throw new AccessDeniedException("The audit log is for administrators");
        }
    }
}
