package vn.parindex.security;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.fileupload.impl.FileSizeLimitExceededException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * A file over the upload limit ({@code spring.servlet.multipart.max-file-size}, the evidence limit) is refused by
 * Tomcat while it reads the request, before any controller, and before the CSRF check can even find the form's
 * token. So this filter, ahead of Spring Security, reads the parts first; when they are too big it sends the user
 * back to the page the form was on (htmx: {@code HX-Redirect}) with a message naming the file and the limit, and
 * writes {@link AuditKind#INPUT_REJECTED}. Nothing else happens on that request.
 */
@Configuration(proxyBeanMethods = false)
class OversizeUploadFilter extends OncePerRequestFilter {

    private final MultipartProperties multipart;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final AuditLog audit;
    private final HttpSessionSecurityContextRepository sessionContexts = new HttpSessionSecurityContextRepository();

    OversizeUploadFilter(MultipartProperties multipart, MessageSource messages, LocaleResolver localeResolver,
                         AuditLog audit) {
        this.multipart = multipart;
        this.messages = messages;
        this.locales = localeResolver;
        this.audit = audit;
    }

    @Bean
    FilterRegistrationBean<OversizeUploadFilter> oversizeUploadRegistration() {
        FilterRegistrationBean<OversizeUploadFilter> registration = new FilterRegistrationBean<>(this);
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    /**
     * Only a multipart POST to our own pages that may hold a file over the limit; the engine's REST API and the
     * Camunda webapps parse their own uploads.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        long length = request.getContentLengthLong();
        return !"POST".equals(request.getMethod()) || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                || path.startsWith("/engine-rest/") || path.startsWith("/camunda/")
                || (length >= 0 && length <= multipart.getMaxFileSize().toBytes());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParts();
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof SizeException tooBig) {
                refuse(request, response, tooBig instanceof FileSizeLimitExceededException file
                        ? file.getFileName() : null, tooBig instanceof FileSizeLimitExceededException file
                        ? file.getFieldName() : null);
                return;
            }
        } catch (ServletException | IOException e) {
            // not ours: the request goes on and fails where it always did
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String fileName, String field)
            throws IOException {
        String limit = megabytes(multipart.getMaxFileSize().toBytes());
        Locale locale = locales.resolveLocale(request);
        String message = fileName == null || fileName.isBlank()
                ? messages.getMessage("upload.tooLargeUnnamed", new Object[]{limit}, locale)
                : messages.getMessage("upload.tooLarge", new Object[]{fileName, limit}, locale);
        String back = back(request);
        FlashMap flash = new FlashMap();
        flash.put("error", message);
        flash.setTargetRequestPath(URI.create(back).getPath());
        new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
        // the filter runs before Spring Security: the line is written as the session's user
        SecurityContextHolder.setContext(sessionContexts.loadDeferredContext(request).get());
        try {
            audit.record(AuditKind.INPUT_REJECTED, "upload over the limit of " + limit + ": field "
                    + (field == null ? "—" : field), request);
        } finally {
            SecurityContextHolder.clearContext();
        }
        String target = request.getContextPath() + back;
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", target);
            response.setStatus(HttpServletResponse.SC_OK);
        } else {
            response.sendRedirect(target);
        }
    }

    /** The page the form was on, if the browser says it is of this site; else the start page. */
    private static String back(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI uri = URI.create(referer);
                if (request.getServerName().equalsIgnoreCase(uri.getHost()) && uri.getRawPath() != null
                        && uri.getRawPath().startsWith(request.getContextPath() + "/")
                        && !uri.getRawPath().startsWith("//")) {
                    String path = uri.getRawPath().substring(request.getContextPath().length());
                    return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
                }
            } catch (IllegalArgumentException e) {
                // an address that is not one: the start page
            }
        }
        return "/";
    }

    private static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / 1024 / 1024 + " MB"
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }
}
