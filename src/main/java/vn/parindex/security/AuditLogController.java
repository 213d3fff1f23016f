package vn.parindex.security;

import java.util.Locale;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The security audit log for administrators: newest first, by user and kind, a page at a time. */
@Controller
class AuditLogController {

    static final int PAGE_SIZE = 50;

    private final AuditEventRepository events;

    AuditLogController(AuditEventRepository events) {
        this.events = events;
    }

    @GetMapping("/audit")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String username,
                @RequestParam(required = false) AuditKind kind, @RequestParam(defaultValue = "0") int page,
                Model model) {
        if (!user.has(Role.ADMIN)) {
            throw new AccessDeniedException("The audit log is for administrators");
        }
        String name = username == null ? "" : username.trim();
        model.addAttribute("page", events.search(user.organiserId(), name.toLowerCase(Locale.ROOT), kind,
                PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("username", name);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", AuditKind.values());
        return "audit/list";
    }
}
