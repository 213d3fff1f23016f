package vn.parindex.security;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import lombok.RequiredArgsConstructor;
import org.springframework.dao.OptimisticLockingFailureException;
import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import vn.parindex.agency.Agency;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.agency.Organiser;
import vn.parindex.agency.OrganiserRepository;
import vn.parindex.common.BadListRequest;
import vn.parindex.common.PageResult;
import vn.parindex.common.Paging;
import vn.parindex.common.SearchText;
import vn.parindex.common.SortKeys;
import vn.parindex.common.VietnamTime;

/**
 * Organiser staff and admins manage the accounts of their own organiser. Every change goes through
 * {@link UserAccounts}, so the engine's users and candidate groups stay in step.
 */
@Service
@RequiredArgsConstructor
public class UserAdministration {

    /** The users list's columns to sort by; by default by agency code, then user name. */
    static final SortKeys SORT = SortKeys.by("id").key("agency", "agency.code,username").key("username", "username")
            .key("name", "fullName").key("lastUsed", "lastUsedAt").key("active", "active").defaultTo("agency", true);

    private final AppUserRepository users;
    private final AgencyRepository agencies;
    private final OrganiserRepository organisers;
    private final UserAccounts accounts;
    private final AuditLog audit;

    /** A new account and its initial password, to be shown once. */
    public record Created(AppUser user, String password) {
    }

    /** A problem with one field that Bean Validation cannot see (it needs the database or the actor). */
    public record FieldProblem(String field, String key, Object... args) {
    }

    /** Thrown when a change is asked for without the checks passing (they changed in between). */
    public static class InvalidUserException extends RuntimeException {
        private final transient FieldProblem problem;

        InvalidUserException(FieldProblem problem) {
            super(problem.key());
            this.problem = problem;
        }

        public FieldProblem problem() {
            return problem;
        }
    }

    static void requireAdministrator(CurrentUser actor) {
        if (!actor.actsForOrganiser()) {
            throw new AccessDeniedException("user administration");
        }
    }

    /**
     * The organiser's accounts matching the search (user name, name, email or agency, accents optional), with a role
     * or any, in a state (active, disabled, disabled as dormant) or any.
     */
    @Transactional(readOnly = true)
    public PageResult<AppUser> search(CurrentUser actor, String query, String role, String state, Paging paging) {
        requireAdministrator(actor);
        Role withRole = BadListRequest.enumFilter("role", role, Role.class);
        AccountStatusFilter inState = BadListRequest.enumFilter("state", state, AccountStatusFilter.class);
        String folded = SearchText.fold(query == null ? "" : query);
        Long organiserId = actor.organiserId();
        Specification<AppUser> where = (user, q, cb) -> {
            if (q != null && q.getResultType() != Long.class) {
                user.fetch("agency"); // the list shows it; the count does not need it
            }
            List<Predicate> all = new ArrayList<>();
            all.add(cb.equal(user.get("organiser").get("id"), organiserId));
            if (!folded.isEmpty()) {
                all.add(cb.or(cb.like(user.get("searchText"), "%" + folded + "%"),
                        cb.like(user.get("agency").get("searchText"), "%" + folded + "%")));
            }
            if (withRole != null) {
                all.add(cb.isMember(withRole, user.<java.util.Collection<Role>>get("roles")));
            }
            if (inState != null) {
                all.add(inState.where(user, cb));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
        return PageResult.find(users, where, paging);
    }

    /** A user of the actor's organiser, with their agency; 404 for anyone else's. */
    @Transactional(readOnly = true)
    public AppUser find(CurrentUser actor, Long id) {
        requireAdministrator(actor);
        return users.findWithAgency(id, actor.organiserId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /**
     * The agencies a user of the actor's organiser may work for (see {@link UserAccounts#worksFor}): its own
     * active agencies, and its standing agency when that belongs to the organiser above (a district's People's
     * Committee); plus the user's current agency, so an edit never loses it.
     */
    @Transactional(readOnly = true)
    public List<Agency> assignableAgencies(CurrentUser actor, Long currentAgencyId) {
        List<Agency> result = new ArrayList<>(agencies.findByOrganiserIdAndActiveTrueOrderByCode(actor.organiserId()));
        Organiser organiser = organisers.findById(actor.organiserId()).orElseThrow();
        Agency standing = organiser.getStandingAgency();
        if (standing != null && result.stream().noneMatch(a -> a.getId().equals(standing.getId()))) {
            result.add(0, agencies.findById(standing.getId()).orElseThrow());
        }
        if (currentAgencyId != null && result.stream().noneMatch(a -> a.getId().equals(currentAgencyId))) {
            agencies.findById(currentAgencyId).ifPresent(result::add);
        }
        return result;
    }

    /** Checks what the form's annotations cannot: a free user name, an allowed agency, roles the actor may grant. */
    @Transactional(readOnly = true)
    public List<FieldProblem> check(CurrentUser actor, UserForm form, AppUser existing) {
        List<FieldProblem> problems = new ArrayList<>();
        if (existing == null && form.getUsername() != null && users.existsByUsername(form.getUsername())) {
            problems.add(new FieldProblem("username", "user.validation.usernameTaken"));
        }
        if (form.getAgencyId() != null) {
            Agency agency = agencies.findById(form.getAgencyId()).orElse(null);
            Organiser organiser = organisers.findById(actor.organiserId()).orElseThrow();
            boolean unchanged = existing != null && existing.getAgency().getId().equals(form.getAgencyId());
            if (agency == null || !UserAccounts.worksFor(agency, organiser)) {
                problems.add(new FieldProblem("agencyId", "user.validation.agency"));
            } else if (!agency.isActive() && !unchanged) {
                problems.add(new FieldProblem("agencyId", "user.validation.agencyInactive"));
            }
        }
        if (form.getRoles().contains(Role.ADMIN) && !actor.has(Role.ADMIN)) {
            problems.add(new FieldProblem("roles", "user.validation.adminOnly"));
        }
        if (existing != null && existing.getId().equals(actor.id())
                && ((actor.has(Role.ADMIN) && !form.getRoles().contains(Role.ADMIN))
                || (actor.has(Role.ORGANISER) && !form.getRoles().contains(Role.ORGANISER)))) {
            problems.add(new FieldProblem("roles", "user.validation.ownRoles"));
        }
        return problems;
    }

    @Transactional
    public Created create(CurrentUser actor, UserForm form) {
        requireAdministrator(actor);
        requireNoProblems(check(actor, form, null));
        Organiser organiser = organisers.findById(actor.organiserId()).orElseThrow();
        Agency agency = agencies.findById(form.getAgencyId()).orElseThrow();
        String password = PasswordPolicy.temporary();
        AppUser user = accounts.create(form.getUsername(), form.getFullName(), form.getEmail(), organiser, agency,
                form.getRoles(), password, true);
        user.setPhone(form.cleanPhone());
        audit.recordAfterCommit(AuditKind.ROLE_CHANGED, "new account " + user.getUsername() + ": roles "
                + new TreeSet<>(user.getRoles()) + ", agency " + agency.getCode());
        return new Created(user, password);
    }

    @Transactional
    public void update(CurrentUser actor, Long id, UserForm form) {
        AppUser user = find(actor, id);
        requireMayChange(actor, user);
        if (form.getVersion() != null && form.getVersion() != user.getVersion()) {
            throw new OptimisticLockingFailureException("user " + id + " changed since the form was opened");
        }
        requireNoProblems(check(actor, form, user));
        String rolesBefore = new TreeSet<>(user.getRoles()).toString();
        String agencyBefore = user.getAgency().getCode();
        user.setFullName(form.getFullName());
        user.setEmail(form.getEmail());
        user.setPhone(form.cleanPhone());
        user.setAgency(agencies.findById(form.getAgencyId()).orElseThrow());
        user.setRoles(form.getRoles());
        accounts.save(user);
        String rolesAfter = new TreeSet<>(user.getRoles()).toString();
        String agencyAfter = user.getAgency().getCode();
        if (!rolesBefore.equals(rolesAfter) || !agencyBefore.equals(agencyAfter)) {
            audit.recordAfterCommit(AuditKind.ROLE_CHANGED, user.getUsername() + ": roles " + rolesBefore + " → "
                    + rolesAfter + ", agency " + agencyBefore + " → " + agencyAfter);
        }
    }

    @Transactional
    public void setActive(CurrentUser actor, Long id, boolean active) {
        AppUser user = find(actor, id);
        requireMayChange(actor, user);
        if (!active && user.getId().equals(actor.id())) {
            throw new IllegalArgumentException("user.deactivate.self");
        }
        boolean enabling = active && !user.isActive();
        String dormant = user.getDormantSince() == null ? ""
                : "; disabled as unused since " + VietnamTime.DATE_TIME.format(user.getDormantSince().atZone(VietnamTime.ZONE));
        accounts.setActive(user, active);
        if (enabling) {
            audit.record(AuditKind.ACCOUNT_ENABLED, "account " + user.getUsername() + " enabled again" + dormant);
        }
    }

    /** Gives the user a new temporary password (returned, to be shown once) they must change at next login. */
    @Transactional
    public String resetPassword(CurrentUser actor, Long id) {
        AppUser user = find(actor, id);
        requireMayChange(actor, user);
        String password = PasswordPolicy.temporary();
        accounts.resetPassword(user, password);
        return password;
    }

    /** Ends every session of the user, on every node: they log in again wherever they were. */
    public void endSessions(CurrentUser actor, Long id) {
        AppUser user = find(actor, id);
        requireMayChange(actor, user);
        accounts.endSessions(user);
    }

    /** How many sessions the user has open. */
    public int openSessions(AppUser user) {
        return accounts.openSessions(user);
    }

    @Transactional(readOnly = true)
    public boolean passwordComposition(CurrentUser actor) {
        requireAdministrator(actor);
        return organisers.findById(actor.organiserId()).orElseThrow().isPasswordComposition();
    }

    /** The province asks for letters and digits in new passwords, or stops asking: an admin's setting, audited. */
    @Transactional
    public void setPasswordComposition(CurrentUser actor, boolean composition) {
        if (!actor.has(Role.ADMIN)) {
            throw new AccessDeniedException("the password rule is an administrator's setting");
        }
        Organiser organiser = organisers.findById(actor.organiserId()).orElseThrow();
        if (organiser.isPasswordComposition() != composition) {
            organiser.setPasswordComposition(composition);
            audit.record(AuditKind.PASSWORD_RULE_CHANGED, "letters and digits in new passwords: "
                    + (composition ? "required" : "not required"));
        }
    }

    /** Only an admin changes an admin: otherwise an organiser could reset an admin's password and be one. */
    static void requireMayChange(CurrentUser actor, AppUser user) {
        requireAdministrator(actor);
        if (user.hasRole(Role.ADMIN) && !actor.has(Role.ADMIN)) {
            throw new AccessDeniedException("only an admin changes an admin");
        }
    }

    private static void requireNoProblems(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidUserException(problems.get(0));
        }
    }
}
