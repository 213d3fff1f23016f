package vn.parindex.campaign.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.campaign.InvalidCampaignException;
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

    /**
     * Saves a tab of a draft campaign if its form is valid: saved, it says so and goes to {@code done}; refused,
     * the campaign's problems join the form's errors. @return the redirect, or empty to show the form again
     */
    Optional<String> save(BindingResult binding, Runnable save, String done, RedirectAttributes redirect,
                          Locale locale) {
        if (binding.hasErrors()) {
            return Optional.empty();
        }
        try {
            save.run();
        } catch (InvalidCampaignException e) {
            bind(e.getProblems(), binding);
            return Optional.empty();
        }
        redirect.addFlashAttribute("success", text("common.saved", locale));
        return Optional.of("redirect:" + done);
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
