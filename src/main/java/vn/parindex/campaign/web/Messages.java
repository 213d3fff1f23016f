package vn.parindex.campaign.web;

import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import vn.parindex.campaign.Problem;

/** Turns refused edits into form errors or flash messages in the reader's language. */
@Component
@RequiredArgsConstructor
class Messages {

    private final MessageSource messageSource;

    String text(String code, Locale locale, Object... args) {
        return messageSource.getMessage(new DefaultMessageSourceResolvable(new String[] {code}, args, code), locale);
    }

    String text(Problem problem, Locale locale) {
        return text(problem.code(), locale, problem.args());
    }

    /** Adds the problems of fields that have no error yet (after Bean Validation), so all show at once. */
    static void bindMissing(List<Problem> problems, BindingResult binding) {
        bind(problems.stream().filter(p -> p.field() != null && !binding.hasFieldErrors(p.field())).toList(), binding);
    }

    static void bind(List<Problem> problems, BindingResult binding) {
        for (Problem problem : problems) {
            if (problem.field() == null) {
                binding.reject(problem.code(), problem.args(), problem.code());
                continue;
            }
            try {
                binding.rejectValue(problem.field(), problem.code(), problem.args(), problem.code());
            } catch (InvalidPropertyException e) {
                binding.reject(problem.code(), problem.args(), problem.code());
            }
        }
    }
}
