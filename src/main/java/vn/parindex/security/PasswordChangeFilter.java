package vn.parindex.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** A user whose password was reset must choose a new one before doing anything else. */
class PasswordChangeFilter extends OncePerRequestFilter {

    static final String CHANGE_PASSWORD_PATH = "/account/password";

    private final AppUserRepository users;

    PasswordChangeFilter(AppUserRepository users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user
                && user.mustChangePassword() && !exempt(path(request))
                && users.findById(user.id()).map(AppUser::isMustChangePassword).orElse(false)) {
            response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD_PATH);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The path inside the application (the servlet path is empty under MockMvc and some mappings). */
    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean exempt(String path) {
        return path.startsWith(CHANGE_PASSWORD_PATH) || path.startsWith("/logout") || path.startsWith("/webjars")
                || path.startsWith("/css") || path.startsWith("/js") || path.equals("/error");
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return true;
    }
}
