package vn.parindex.notification;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.agency.Agencies;
import vn.parindex.agency.Agency;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.Campaigns;
import vn.parindex.common.AppClock;
import vn.parindex.common.Choice;
import vn.parindex.common.PageResult;
import vn.parindex.common.Paging;
import vn.parindex.security.CurrentUser;

/** The organiser's view of the mails the system sent (and is trying to send) for their campaigns. */
@Controller
@RequiredArgsConstructor
class OutboxController {

    private final OutboxMailRepository mails;
    private final OutboxSearch search;
    private final Campaigns campaigns;
    private final Agencies agencies;
    private final MessageSource messages;
    private final AppClock clock;

    /** The organiser's mails, newest first by default, a page at a time, searched and filtered. */
    @GetMapping("/outbox")
    String list(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filter") OutboxFilter filter,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                Model model) {
        requireOrganiser(user);
        PageResult<OutboxMail> result = search.page(user.organiserId(), filter,
                Paging.from(page, size, sort, dir, OutboxSearch.SORT));
        model.addAttribute("result", result);
        List<Campaign> own = campaigns.ofOrganiserNewestFirst(user.organiserId());
        model.addAttribute("campaigns", Choice.of(own, Campaign::getId, Campaign::getName));
        model.addAttribute("campaignNames", own.stream().collect(Collectors.toMap(Campaign::getId, Campaign::getName)));
        List<Long> agencyIds = result.items().stream().map(OutboxMail::getAgencyId).filter(Objects::nonNull)
                .distinct().toList();
        model.addAttribute("agencies", agencies.all(agencyIds).stream()
                .collect(Collectors.toMap(Agency::getId, Function.identity())));
        model.addAttribute("kinds", MailKind.values());
        model.addAttribute("statuses", MailStatus.values());
        return "notification/outbox";
    }

    @GetMapping("/outbox/{id}")
    String show(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("mail", mail(id, user));
        return "notification/mail";
    }

    @PostMapping("/outbox/{id}/retry")
    @Transactional
    String retry(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Locale locale,
                 RedirectAttributes redirect) {
        mail(id, user).retryNow(clock.instant());
        redirect.addFlashAttribute("success", messages.getMessage("outbox.retried", null, locale));
        return "redirect:/outbox";
    }

    private OutboxMail mail(Long id, CurrentUser user) {
        requireOrganiser(user);
        OutboxMail mail = mails.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (mail.getCampaignId() == null
                || campaigns.findInOrganiser(mail.getCampaignId(), user.organiserId()).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return mail;
    }

    private static void requireOrganiser(CurrentUser user) {
        if (!user.actsForOrganiser()) {
            throw new AccessDeniedException("outbox is for the organiser");
        }
    }
}
