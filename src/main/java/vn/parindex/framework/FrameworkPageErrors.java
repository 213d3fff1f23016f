package vn.parindex.framework;

import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Any attempt to change a published version ends on its page with the refusal, whatever page it came from. */
@ControllerAdvice(assignableTypes = {FrameworkVersionController.class, CriterionController.class,
    FrameworkImportController.class, FrameworkController.class})
@RequiredArgsConstructor
class FrameworkPageErrors {

    private final MessageSource messages;

    @ExceptionHandler(PublishedVersionException.class)
    String published(PublishedVersionException e, HttpServletRequest request) {
        RequestContextUtils.getOutputFlashMap(request).put("error",
                messages.getMessage("framework.error.published", null, LocaleContextHolder.getLocale()));
        return "redirect:/frameworks/versions/" + e.getFrameworkVersion().getId();
    }
}
