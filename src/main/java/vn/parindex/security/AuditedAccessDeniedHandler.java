package vn.parindex.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/** Every 403 of every filter chain (a refused permission or a missing CSRF token) leaves a line in the audit log. */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AuditedAccessDeniedHandler implements AccessDeniedHandler {

    private static final Logger log = LoggerFactory.getLogger(AuditedAccessDeniedHandler.class);

    private final AuditLog audit;
    private final AccessDeniedHandler answer = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        try {
            audit.record(AuditKind.ACCESS_DENIED, denied instanceof CsrfException ? "CSRF token missing or invalid"
                    : denied.getMessage(), request);
        } catch (RuntimeException e) {
            // the refusal stands even when its line cannot be written
            log.error("Audit of a refused request to {} not written", request.getRequestURI(), e);
        }
        answer.handle(request, response, denied);
    }
}
