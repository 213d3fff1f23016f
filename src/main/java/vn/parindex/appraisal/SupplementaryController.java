package vn.parindex.appraisal;

import java.util.HashMap;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.security.CurrentUser;
import vn.parindex.tasklist.WorkItem;
import vn.parindex.workflow.ProcessModel.Variables;

/** The agency's answers to requests for supplementary evidence (task provideSupplementaryEvidence). */
@Controller
@RequiredArgsConstructor
class SupplementaryController {

    private static final String ANSWER_PREFIX = "answer-";

    private final SupplementaryAnswers answers;
    private final MessageSource messages;

    @GetMapping("/supplementary/{taskId}")
    String show(@PathVariable String taskId, @AuthenticationPrincipal CurrentUser user, Model model) {
        WorkItem item = answers.task(taskId, user);
        model.addAttribute("page", answers.page(item));
        model.addAttribute("typed", Map.of());
        return "appraisal/supplementary";
    }

    @PostMapping("/supplementary/{taskId}")
    String answer(@PathVariable String taskId, @RequestParam Map<String, String> input,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        WorkItem item = answers.task(taskId, user);
        Map<Long, String> byRequest = new HashMap<>();
        Map<String, String> typed = new HashMap<>();
        input.forEach((name, value) -> {
            if (name.startsWith(ANSWER_PREFIX)) {
                try {
                    byRequest.put(Long.valueOf(name.substring(ANSWER_PREFIX.length())), value);
                    typed.put(name, value);
                } catch (NumberFormatException ignored) {
                    // not one of our fields
                }
            }
        });
        typed.put(Variables.COMMENT, input.getOrDefault(Variables.COMMENT, ""));
        try {
            answers.answer(item, byRequest, input.get(Variables.COMMENT), user.username());
        } catch (AppraisalProblem e) {
            model.addAttribute("page", answers.page(item));
            model.addAttribute("typed", typed);
            model.addAttribute("error", messages.getMessage(e.key(), e.args(), LocaleContextHolder.getLocale()));
            return "appraisal/supplementary";
        }
        redirect.addFlashAttribute("completedKey", item.getTaskKey());
        return "redirect:/tasks";
    }
}
