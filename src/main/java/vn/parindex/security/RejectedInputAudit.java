package vn.parindex.security;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

import vn.parindex.common.BadListRequest;

/**
 * Every rejected input goes to the audit log as {@link AuditKind#INPUT_REJECTED} with the path and the names of the
 * fields, never what was typed (ASVS V16.3.3): a form shown again with validation errors (a {@link BindingResult}
 * with errors in the model or in the flash attributes of a redirect), and every request answered 400 (a parameter
 * missing or of the wrong type, an unreadable body). The 400 itself is still answered by Spring's own resolvers.
 */
@Configuration
@RequiredArgsConstructor
class RejectedInputAudit implements WebMvcConfigurer, HandlerInterceptor, HandlerExceptionResolver, Ordered {

    private final AuditLog audit;

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView modelAndView) {
        Set<String> fields = new TreeSet<>();
        Set<String> forms = new TreeSet<>();
        if (modelAndView != null) {
            collect(modelAndView.getModel(), forms, fields);
        }
        Map<String, ?> flash = RequestContextUtils.getOutputFlashMap(request);
        if (flash != null) {
            collect(flash, forms, fields);
        }
        if (!forms.isEmpty()) {
            audit.record(AuditKind.INPUT_REJECTED, "form " + String.join(", ", forms) + ": fields "
                    + (fields.isEmpty() ? "—" : String.join(", ", fields)), request);
        }
    }

    private static void collect(Map<String, ?> model, Set<String> forms, Set<String> fields) {
        for (Object value : model.values()) {
            if (value instanceof BindingResult result && result.hasErrors()) {
                forms.add(result.getObjectName());
                result.getFieldErrors().stream().map(FieldError::getField).forEach(fields::add);
                if (result.hasGlobalErrors()) {
                    fields.add("(form)");
                }
            }
        }
    }

    /** Runs before Spring's resolvers, records a 400 and leaves the answer to them. */
    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception ex) {
        String detail = rejected(ex);
        if (detail != null) {
            audit.record(AuditKind.INPUT_REJECTED, detail, request);
        }
        return null;
    }

    private static String rejected(Exception ex) {
        if (ex instanceof org.springframework.validation.BindException bind) {
            Set<String> fields = new TreeSet<>();
            bind.getFieldErrors().forEach(error -> fields.add(error.getField()));
            return "400: fields " + (fields.isEmpty() ? bind.getObjectName() : String.join(", ", fields));
        }
        if (ex instanceof BadListRequest bad) {
            return "400: parameter " + bad.parameter() + " of the wrong type";
        }
        if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
            return "400: parameter " + mismatch.getName() + " of the wrong type";
        }
        if (ex instanceof MissingServletRequestParameterException missing) {
            return "400: parameter " + missing.getParameterName() + " missing";
        }
        if (ex instanceof MissingServletRequestPartException missing) {
            return "400: part " + missing.getRequestPartName() + " missing";
        }
        if (ex instanceof ErrorResponse response && response.getStatusCode().value() == 400) {
            return "400: " + ex.getClass().getSimpleName();
        }
        return null;
    }

    @Override
    public int getOrder() {
        // after DefaultErrorAttributes (which only stores the exception), before Spring MVC's own resolvers
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
