package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.agency.Agency;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.common.Choice;
import vn.parindex.framework.FrameworkViews.NodePlace;
import vn.parindex.security.CurrentUser;

/** Editing a draft's nodes: change one, add one, remove one with its subtree. Published versions refuse. */
@Controller
@RequestMapping("/frameworks")
@RequiredArgsConstructor
class CriterionController {

    private static final Map<CriterionField, String> FORM_FIELDS = Map.of(CriterionField.CODE, "code",
            CriterionField.TITLE, "title", CriterionField.MAX_POINTS, "maxPoints", CriterionField.RULE_TYPE, "ruleType",
            CriterionField.RULE_PARAMS, "ruleParams", CriterionField.MEASURED_BY, "measuredBy",
            CriterionField.EVIDENCE, "evidence", CriterionField.GUIDANCE, "guidance",
            CriterionField.NA_ALLOWED, "naAllowed", CriterionField.REVIEWER_AGENCY, "reviewerAgencyId");

    private final FrameworkService service;
    private final FrameworkViews views;
    private final AgencyRepository agencies;
    private final MessageSource messages;

    @GetMapping("/criteria/{criterionId}/edit")
    String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable Long criterionId, Model model) {
        FrameworkAccess.requireEdit(user);
        CriterionForm form = views.editForm(user.organiserId(), criterionId);
        return form(user, form, views.place(user.organiserId(), criterionId), model);
    }

    @PostMapping("/criteria/{criterionId}/edit")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long criterionId,
                @Valid @ModelAttribute("form") CriterionForm form, BindingResult binding, Model model,
                RedirectAttributes redirect) {
        FrameworkAccess.requireEdit(user);
        NodePlace place = views.place(user.organiserId(), criterionId);
        BigDecimal max = checkMax(form, binding);
        Agency reviewer = reviewer(user, form, binding);
        if (!binding.hasErrors()) {
            try {
                service.updateNode(user.organiserId(), criterionId, form.toData(max, reviewer, place.leaf()));
                redirect.addFlashAttribute("success", text("framework.node.saved", place.code()));
                return "redirect:/frameworks/versions/" + place.versionId();
            } catch (InvalidFrameworkException e) {
                reject(e, binding);
            }
        }
        return form(user, form, place, model);
    }

    @GetMapping("/versions/{versionId}/criteria/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, @PathVariable Long versionId,
                   @RequestParam(required = false) Long parentId, Model model) {
        FrameworkAccess.requireEdit(user);
        NodePlace place = views.newPlace(user.organiserId(), versionId, parentId);
        CriterionForm form = new CriterionForm();
        form.setParentId(parentId);
        form.setCode(views.nextCode(user.organiserId(), versionId, parentId));
        return form(user, form, place, model);
    }

    @PostMapping("/versions/{versionId}/criteria")
    String add(@AuthenticationPrincipal CurrentUser user, @PathVariable Long versionId,
               @Valid @ModelAttribute("form") CriterionForm form, BindingResult binding, Model model,
               RedirectAttributes redirect) {
        FrameworkAccess.requireEdit(user);
        NodePlace place = views.newPlace(user.organiserId(), versionId, form.getParentId());
        BigDecimal max = checkMax(form, binding);
        Agency reviewer = reviewer(user, form, binding);
        if (!binding.hasErrors()) {
            try {
                service.addNode(user.organiserId(), versionId, form.getParentId(), form.toData(max, reviewer, true));
                redirect.addFlashAttribute("success", text("framework.node.added", form.getCode()));
                return "redirect:/frameworks/versions/" + versionId;
            } catch (InvalidFrameworkException e) {
                reject(e, binding);
            }
        }
        return form(user, form, place, model);
    }

    @PostMapping("/criteria/{criterionId}/delete")
    String delete(@AuthenticationPrincipal CurrentUser user, @PathVariable Long criterionId,
                  RedirectAttributes redirect) {
        FrameworkAccess.requireEdit(user);
        NodePlace place = views.place(user.organiserId(), criterionId);
        service.removeNode(user.organiserId(), criterionId);
        redirect.addFlashAttribute("success", text("framework.node.removed", place.code()));
        return "redirect:/frameworks/versions/" + place.versionId();
    }

    private String form(CurrentUser user, CriterionForm form, NodePlace place, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("place", place);
        model.addAttribute("reviewers", Choice.of(agencies.findByOrganiserIdAndReviewerTrueAndActiveTrueOrderByName(user.organiserId()),
                Agency::getId, a -> a.getName() + " (" + a.getCode() + ")"));
        return "framework/node-form";
    }

    private static BigDecimal checkMax(CriterionForm form, BindingResult binding) {
        if (binding.hasFieldErrors("maxPoints")) {
            return null;
        }
        BigDecimal max = form.parsedMaxPoints();
        if (max == null) {
            binding.rejectValue("maxPoints", "framework.error.notANumber");
        }
        return max;
    }

    private Agency reviewer(CurrentUser user, CriterionForm form, BindingResult binding) {
        if (form.getReviewerAgencyId() == null) {
            return null;
        }
        Agency agency = agencies.findByIdAndOrganiserId(form.getReviewerAgencyId(), user.organiserId()).orElse(null);
        if (agency == null) {
            binding.rejectValue("reviewerAgencyId", "framework.problem.reviewerUnknown",
                    new Object[] {String.valueOf(form.getReviewerAgencyId())}, null);
        }
        return agency;
    }

    private static void reject(InvalidFrameworkException e, BindingResult binding) {
        for (Problem problem : e.problems()) {
            String field = FORM_FIELDS.get(problem.field());
            if (field == null) {
                binding.reject(problem.key(), problem.args().toArray(), null);
            } else {
                binding.rejectValue(field, problem.key(), problem.args().toArray(), null);
            }
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
