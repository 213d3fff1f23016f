package vn.parindex.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Keeps the language a logged-in user picks, so it is theirs at the next login too. */
@Configuration
@RequiredArgsConstructor
class LocalePreference implements WebMvcConfigurer, HandlerInterceptor {

    private final AppUserRepository users;

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String lang = request.getParameter("lang");
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (("vi".equals(lang) || "en".equals(lang)) && authentication != null
                && authentication.getPrincipal() instanceof CurrentUser current) {
            users.findById(current.id()).filter(user -> !lang.equals(user.getLocale())).ifPresent(user -> {
                user.setLocale(lang);
                users.save(user);
            });
        }
        return true;
    }
}
