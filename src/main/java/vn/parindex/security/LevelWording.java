package vn.parindex.security;

import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.agency.OrganiserLevel;
import vn.parindex.agency.OrganiserRepository;

/**
 * Message keys worded for the level of the logged-in user's organiser: a district's organiser is its Phòng Nội vụ,
 * not the province's Sở Nội vụ. Templates ask {@code #{${@wording.key('role.' + r)}}}; a key with a
 * {@code .district} variant uses it for users of a district organiser.
 */
@Component("wording")
@RequiredArgsConstructor
public class LevelWording {

    private final OrganiserRepository organisers;
    private final MessageSource messages;

    @Transactional(readOnly = true)
    public String key(String base) {
        String district = base + ".district";
        if (atDistrict() && messages.getMessage(district, null, null, Locale.ROOT) != null) {
            return district;
        }
        return base;
    }

    private boolean atDistrict() {
        return SecurityContextHolder.getContext().getAuthentication() != null
                && SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof CurrentUser user
                && user.organiserId() != null
                && organisers.findById(user.organiserId()).map(o -> o.getLevel() == OrganiserLevel.DISTRICT).orElse(false);
    }
}
