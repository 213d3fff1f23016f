package vn.parindex.security;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import vn.parindex.agency.AgencyMembers;

/** Lists an agency's active accounts for the agency page. */
@Component
@RequiredArgsConstructor
class AgencyMemberList implements AgencyMembers {

    private final AppUserRepository users;

    @Override
    public List<Member> activeIn(Long agencyId) {
        return users.findByAgencyIdAndActiveTrue(agencyId).stream()
                .map(u -> new Member(u.getUsername(), u.getFullName(), u.getRoles().stream().map(Role::name).toList()))
                .toList();
    }
}
