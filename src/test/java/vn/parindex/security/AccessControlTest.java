package vn.parindex.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.parindex.IntegrationTest;

/**
 * Every page and API endpoint of the application (found in Spring's handler mapping, so a new one that is missing
 * from the table below fails), tried as a user of every role against another province's resources and against
 * another agency's resources of the user's own province. The rule (docs/security.md):
 * <ol>
 * <li>a role that never uses a kind of page gets 403 for it, whatever the id, before anything is looked up;</li>
 * <li>a resource of another organiser (province) answers 404, exactly like one that does not exist;</li>
 * <li>a resource of the user's own organiser that is out of the user's reach (another agency's scorecard, another
 * reviewing department's task) answers 403.</li>
 * </ol>
 * Those within reach must get the page (GET below 400); their changes (POST) are tested by each feature's tests.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessControlTest {

    static final Set<Role> ALL = EnumSet.allOf(Role.class);
    static final Set<Role> NONE = EnumSet.noneOf(Role.class);
    static final Set<Role> ORGANISER = EnumSet.of(Role.ORGANISER, Role.ADMIN);
    static final Set<Role> READERS = EnumSet.of(Role.ORGANISER, Role.ADMIN, Role.VIEWER, Role.COUNCIL, Role.CHAIRMAN);
    static final Set<Role> RESULT_CHECKERS = EnumSet.of(Role.ORGANISER, Role.ADMIN, Role.COUNCIL, Role.CHAIRMAN);
    static final Set<Role> AGENCY = EnumSet.of(Role.OFFICER, Role.HEAD);
    static final Set<Role> YEARS = EnumSet.of(Role.ORGANISER, Role.ADMIN, Role.VIEWER, Role.COUNCIL, Role.CHAIRMAN,
            Role.OFFICER, Role.HEAD);
    static final Set<Role> ASSESSMENT_READERS = EnumSet.of(Role.OFFICER, Role.HEAD, Role.REVIEWER, Role.ORGANISER,
            Role.ADMIN, Role.COUNCIL, Role.CHAIRMAN);
    static final Set<Role> OVERSEERS = EnumSet.of(Role.REVIEWER, Role.ORGANISER, Role.ADMIN, Role.COUNCIL,
            Role.CHAIRMAN);
    static final Set<Role> APPRAISERS = EnumSet.of(Role.REVIEWER, Role.ORGANISER, Role.ADMIN);
    static final Set<Role> FRAMEWORK_READERS = EnumSet.of(Role.ORGANISER, Role.ADMIN, Role.VIEWER, Role.REVIEWER);
    static final Set<Role> AGENCY_READERS = EnumSet.of(Role.ORGANISER, Role.ADMIN, Role.VIEWER);
    static final Set<Role> RESPONDENT_LISTS = EnumSet.of(Role.ORGANISER, Role.OFFICER, Role.HEAD);
    static final String SCORECARD = "/assessments/{campaignId}/agencies/{agencyId}";
    static final String SCORECARD_URL = "/assessments/{campaign}/agencies/{agency}";

    /** Every endpoint: who uses this kind of page, the URL to try, and the cases in the user's own province. */
    static final List<Rule> TABLE = List.of(
            // campaigns
            get("/campaigns", READERS),
            get("/campaigns/new", ORGANISER),
            post("/campaigns", ORGANISER),
            get("/campaigns/{id}", READERS).at("/campaigns/{campaign}").local(READERS),
            get("/campaigns/{id}/edit", ORGANISER).at("/campaigns/{campaign}/edit").local(ORGANISER),
            post("/campaigns/{id}/edit", ORGANISER).at("/campaigns/{campaign}/edit").local(ORGANISER),
            post("/campaigns/{id}/copy", ORGANISER).at("/campaigns/{campaign}/copy").local(ORGANISER),
            get("/campaigns/{id}/settings", READERS).at("/campaigns/{campaign}/settings").local(READERS),
            post("/campaigns/{id}/settings", ORGANISER).at("/campaigns/{campaign}/settings").local(ORGANISER),
            get("/campaigns/{id}/agencies", READERS).at("/campaigns/{campaign}/agencies").local(READERS),
            post("/campaigns/{id}/agencies", ORGANISER).at("/campaigns/{campaign}/agencies").local(ORGANISER),
            get("/campaigns/{id}/milestones", READERS).at("/campaigns/{campaign}/milestones").local(READERS),
            post("/campaigns/{id}/milestones", ORGANISER).at("/campaigns/{campaign}/milestones").local(ORGANISER),
            get("/campaigns/{id}/reviewers", READERS).at("/campaigns/{campaign}/reviewers").local(READERS),
            post("/campaigns/{id}/reviewers", ORGANISER).at("/campaigns/{campaign}/reviewers").local(ORGANISER),
            post("/campaigns/{id}/launch", ORGANISER).at("/campaigns/{campaign}/launch").local(ORGANISER),
            get("/campaigns/{id}/run", READERS).at("/campaigns/{campaign}/run").local(READERS),
            get("/campaigns/{id}/run/progress", READERS).at("/campaigns/{campaign}/run/progress").local(READERS),
            post("/campaigns/{id}/deadlines/move", ORGANISER).at("/campaigns/{campaign}/deadlines/move")
                    .param("milestone", "SELF_ASSESSMENT").local(ORGANISER),
            get("/campaigns/{campaignId}/deadline-decisions", ORGANISER).at("/campaigns/{campaign}/deadline-decisions")
                    .local(ORGANISER),
            post("/campaigns/{campaignId}/deadline-decisions", ORGANISER)
                    .at("/campaigns/{campaign}/deadline-decisions").local(ORGANISER),
            post("/campaigns/{id}/deadlines/extend", ORGANISER).at("/campaigns/{campaign}/deadlines/extend")
                    .param("agencyId", "{agency}").param("milestone", "SELF_ASSESSMENT").local(ORGANISER),
            post("/campaigns/{id}/agencies/{agencyId}/reopen", ORGANISER)
                    .at("/campaigns/{campaign}/agencies/{agency}/reopen").local(ORGANISER),
            post("/campaigns/{campaignId}/agencies/{agencyId}/reopen-sent", ORGANISER)
                    .at("/campaigns/{campaign}/agencies/{agency}/reopen-sent").local(ORGANISER),
            // progress dashboard and agency home
            get("/dashboard", READERS),
            get("/dashboard/campaigns/{campaignId}", READERS).at("/dashboard/campaigns/{campaign}").local(READERS),
            get("/dashboard/campaigns/{campaignId}/agencies/{agencyId}", READERS)
                    .at("/dashboard/campaigns/{campaign}/agencies/{agency}").local(READERS),
            get("/dashboard/campaigns/{campaignId}/agencies/{agencyId}/process", READERS)
                    .at("/dashboard/campaigns/{campaign}/agencies/{agency}/process").local(READERS),
            get("/dashboard/campaigns/{campaignId}/progress.xlsx", READERS)
                    .at("/dashboard/campaigns/{campaign}/progress.xlsx").local(READERS),
            get("/agency-home", AGENCY),
            get("/agency-home/panel", AGENCY),
            // scorecards and evidence
            get(SCORECARD, ASSESSMENT_READERS).at(SCORECARD_URL).local(OVERSEERS),
            get(SCORECARD + "/report.pdf", ASSESSMENT_READERS).at(SCORECARD_URL + "/report.pdf").local(OVERSEERS),
            get(SCORECARD + "/report.xlsx", ASSESSMENT_READERS).at(SCORECARD_URL + "/report.xlsx").local(OVERSEERS),
            get(SCORECARD + "/report.docx", ASSESSMENT_READERS).at(SCORECARD_URL + "/report.docx").local(OVERSEERS),
            post(SCORECARD + "/criteria/{criterionId}", AGENCY).at(SCORECARD_URL + "/criteria/{leaf}").local(NONE),
            post(SCORECARD + "/submit", AGENCY).at(SCORECARD_URL + "/submit").local(NONE),
            post(SCORECARD + "/withdraw", AGENCY).at(SCORECARD_URL + "/withdraw").local(NONE),
            post(SCORECARD + "/criteria/{criterionId}/evidence", AGENCY).at(SCORECARD_URL + "/criteria/{leaf}/evidence")
                    .file().local(NONE),
            post(SCORECARD + "/criteria/{criterionId}/references", AGENCY)
                    .at(SCORECARD_URL + "/criteria/{leaf}/references").local(NONE),
            post(SCORECARD + "/criteria/{criterionId}/attach", AGENCY).at(SCORECARD_URL + "/criteria/{leaf}/attach")
                    .local(NONE),
            post(SCORECARD + "/criteria/{criterionId}/reuse", AGENCY).at(SCORECARD_URL + "/criteria/{leaf}/reuse")
                    .local(NONE),
            post("/evidence/{id}/remove", AGENCY).at("/evidence/{evidence}/remove").local(NONE),
            get("/evidence/{id}", ASSESSMENT_READERS).at("/evidence/{evidence}").local(OVERSEERS),
            get("/evidence/{id}/preview", ASSESSMENT_READERS).at("/evidence/{evidence}/preview").local(OVERSEERS),
            // appraisal, supplementary evidence, objections
            get("/appraisals", APPRAISERS),
            get("/appraisals/{taskId}", APPRAISERS).at("/appraisals/{standingTask}").local(ORGANISER)
                    .local("/appraisals/{reviewerTask}", EnumSet.of(Role.REVIEWER)),
            get("/appraisals/{taskId}/minutes.docx", APPRAISERS).at("/appraisals/{standingTask}/minutes.docx")
                    .local(ORGANISER).local("/appraisals/{reviewerTask}/minutes.docx", EnumSet.of(Role.REVIEWER)),
            appraisalStep("accept"),
            appraisalStep("adjust"),
            appraisalStep("request"),
            post("/appraisals/{taskId}/finish", APPRAISERS).at("/appraisals/{standingTask}/finish").local(ORGANISER)
                    .local("/appraisals/{reviewerTask}/finish", EnumSet.of(Role.REVIEWER)),
            get("/appraisals/results/{campaignId}/agencies/{agencyId}", ALL)
                    .at("/appraisals/results/{campaign}/agencies/{agency}").local(READERS),
            post("/appraisals/results/{campaignId}/agencies/{agencyId}/criteria/{criterionId}/objections", AGENCY)
                    .at("/appraisals/results/{campaign}/agencies/{agency}/criteria/{leaf}/objections")
                    .param("text", "x").local(NONE),
            get("/appraisals/objections/{id}", APPRAISERS).at("/appraisals/objections/{objection}")
                    .local(EnumSet.of(Role.REVIEWER)),
            post("/appraisals/objections/{id}", APPRAISERS).at("/appraisals/objections/{objection}")
                    .local(EnumSet.of(Role.REVIEWER)),
            get("/supplementary/{taskId}", AGENCY).at("/supplementary/{supplementaryTask}").local(NONE),
            post("/supplementary/{taskId}", AGENCY).at("/supplementary/{supplementaryTask}").local(NONE),
            // tasks
            get("/", ALL),
            get("/tasks", ALL),
            get("/tasks/{taskId}", ALL).at("/tasks/{supplementaryTask}").local(ORGANISER),
            post("/tasks/{taskId}", ALL).at("/tasks/{supplementaryTask}").local(NONE),
            post("/tasks/{taskId}/claim", ALL).at("/tasks/{supplementaryTask}/claim").local(NONE),
            post("/tasks/claim", ALL).at("/tasks/claim").param("taskIds", "{supplementaryTask}").local(NONE),
            post("/tasks/{taskId}/unclaim", ALL).at("/tasks/{supplementaryTask}/unclaim").local(NONE),
            post("/tasks/{taskId}/delegate", ALL).at("/tasks/{supplementaryTask}/delegate")
                    .param("username", "nobody").local(NONE),
            // results
            get("/results/campaigns/{campaignId}", READERS).at("/results/campaigns/{campaign}").local(READERS),
            get("/results/campaigns/{campaignId}/draft.xlsx", RESULT_CHECKERS).at("/results/campaigns/{campaign}/draft.xlsx")
                    .local(RESULT_CHECKERS),
            get("/results/campaigns/{campaignId}/draft.pdf", RESULT_CHECKERS).at("/results/campaigns/{campaign}/draft.pdf")
                    .local(RESULT_CHECKERS),
            get("/results/campaigns/{campaignId}/decision.docx", RESULT_CHECKERS)
                    .at("/results/campaigns/{campaign}/decision.docx").local(RESULT_CHECKERS),
            get("/results/years", YEARS),
            get("/results/years/export.xlsx", READERS),
            get("/results/years/agencies/{agencyId}", YEARS).at("/results/years/agencies/{agency}").local(READERS),
            get("/results/years/agencies/{agencyId}/export.xlsx", YEARS)
                    .at("/results/years/agencies/{agency}/export.xlsx").local(READERS),
            post("/results/campaigns/{campaignId}/aggregate", ORGANISER).at("/results/campaigns/{campaign}/aggregate")
                    .local(ORGANISER),
            post("/results/campaigns/{campaignId}/vote", EnumSet.of(Role.COUNCIL))
                    .at("/results/campaigns/{campaign}/vote").param("vote", "passed").local(EnumSet.of(Role.COUNCIL)),
            post("/results/campaigns/{campaignId}/approval", EnumSet.of(Role.CHAIRMAN))
                    .at("/results/campaigns/{campaign}/approval").param("approval", "approve")
                    .local(EnumSet.of(Role.CHAIRMAN)),
            post("/results/campaigns/{campaignId}/publication", ORGANISER)
                    .at("/results/campaigns/{campaign}/publication").local(ORGANISER),
            post("/results/campaigns/{campaignId}/corrections", ORGANISER)
                    .at("/results/campaigns/{campaign}/corrections").param("reason", "x").local(ORGANISER),
            // survey: respondent lists are personal data
            get("/survey/campaigns/{campaignId}/agencies/{agencyId}/respondents", RESPONDENT_LISTS)
                    .at("/survey/campaigns/{campaign}/agencies/{agency}/respondents").local(EnumSet.of(Role.ORGANISER)),
            post("/survey/campaigns/{campaignId}/agencies/{agencyId}/respondents", RESPONDENT_LISTS)
                    .at("/survey/campaigns/{campaign}/agencies/{agency}/respondents").local(EnumSet.of(Role.ORGANISER)),
            get("/survey/campaigns/{campaignId}/respondents.xlsx", EnumSet.of(Role.ORGANISER))
                    .at("/survey/campaigns/{campaign}/respondents.xlsx").local(EnumSet.of(Role.ORGANISER)),
            get("/survey/respondents/template", ALL),
            get("/survey/campaigns/{campaignId}/results", ORGANISER).at("/survey/campaigns/{campaign}/results")
                    .local(ORGANISER),
            post("/survey/campaigns/{campaignId}/results", ORGANISER).at("/survey/campaigns/{campaign}/results")
                    .local(ORGANISER),
            get("/survey/results/template", ALL),
            // agencies
            get("/agencies", AGENCY_READERS),
            get("/agencies/mine", ALL),
            get("/agencies/{id}", AGENCY_READERS).at("/agencies/{agency}").local(AGENCY_READERS),
            get("/agencies/new", ORGANISER),
            post("/agencies", ORGANISER),
            get("/agencies/{id}/edit", ORGANISER).at("/agencies/{agency}/edit").local(ORGANISER),
            post("/agencies/{id}", ORGANISER).at("/agencies/{agency}").local(ORGANISER),
            post("/agencies/{id}/deactivate", ORGANISER).at("/agencies/{agency}/deactivate").local(ORGANISER),
            post("/agencies/{id}/reactivate", ORGANISER).at("/agencies/{agency}/reactivate").local(ORGANISER),
            get("/agencies/import", ORGANISER),
            post("/agencies/import", ORGANISER),
            get("/agencies/import/template", ORGANISER),
            // users and accounts
            get("/users", ORGANISER),
            get("/users/{id}", ORGANISER).at("/users/{user}").local(ORGANISER),
            get("/users/new", ORGANISER),
            post("/users", ORGANISER),
            get("/users/{id}/edit", ORGANISER).at("/users/{user}/edit").local(ORGANISER),
            post("/users/{id}", ORGANISER).at("/users/{user}").local(ORGANISER),
            post("/users/{id}/deactivate", ORGANISER).at("/users/{user}/deactivate").local(ORGANISER),
            post("/users/{id}/reactivate", ORGANISER).at("/users/{user}/reactivate").local(ORGANISER),
            post("/users/{id}/reset-password", ORGANISER).at("/users/{user}/reset-password").local(ORGANISER),
            post("/users/{id}/end-sessions", ORGANISER).at("/users/{user}/end-sessions").local(ORGANISER),
            post("/users/password-rule", EnumSet.of(Role.ADMIN)).param("composition", "false"),
            get("/users/import", ORGANISER),
            post("/users/import", ORGANISER),
            get("/users/import/passwords", ORGANISER),
            get("/users/import/template", ORGANISER),
            get("/account/password", ALL),
            post("/account/password", ALL),
            get("/account/sessions", ALL),
            post("/account/sessions/{handle}/end", ALL),
            get("/audit", EnumSet.of(Role.ADMIN)),
            // two-factor login
            get("/account/two-factor", ALL),
            post("/account/two-factor/start", ALL),
            post("/account/two-factor/cancel", ALL),
            post("/account/two-factor/confirm", ALL),
            post("/account/two-factor/recovery-codes", ALL),
            post("/account/two-factor/disable", ALL),
            get("/account/two-factor/qr.png", ALL),
            post("/users/{id}/two-factor/reset", EnumSet.of(Role.ADMIN)).at("/users/{user}/two-factor/reset")
                    .local(EnumSet.of(Role.ADMIN)),
            get("/settings/two-factor", EnumSet.of(Role.ADMIN)),
            post("/settings/two-factor", EnumSet.of(Role.ADMIN)),
            get("/audit.csv", EnumSet.of(Role.ADMIN)),
            get("/audit/chain", EnumSet.of(Role.ADMIN)),
            // criteria frameworks
            get("/frameworks", FRAMEWORK_READERS),
            get("/frameworks/{id}", FRAMEWORK_READERS).at("/frameworks/{framework}").local(FRAMEWORK_READERS),
            get("/frameworks/new", ORGANISER),
            post("/frameworks", ORGANISER),
            get("/frameworks/versions/{versionId}", FRAMEWORK_READERS).at("/frameworks/versions/{version}")
                    .local(FRAMEWORK_READERS),
            post("/frameworks/versions/{versionId}/publish", ORGANISER).at("/frameworks/versions/{version}/publish")
                    .local(ORGANISER),
            post("/frameworks/versions/{versionId}/new-version", ORGANISER)
                    .at("/frameworks/versions/{version}/new-version").local(ORGANISER),
            get("/frameworks/versions/{versionId}/export", FRAMEWORK_READERS)
                    .at("/frameworks/versions/{version}/export").local(FRAMEWORK_READERS),
            get("/frameworks/criteria/{criterionId}/edit", ORGANISER).at("/frameworks/criteria/{leaf}/edit")
                    .local(ORGANISER),
            post("/frameworks/criteria/{criterionId}/edit", ORGANISER).at("/frameworks/criteria/{leaf}/edit")
                    .local(ORGANISER),
            post("/frameworks/criteria/{criterionId}/delete", ORGANISER).at("/frameworks/criteria/{leaf}/delete")
                    .local(ORGANISER),
            get("/frameworks/versions/{versionId}/criteria/new", ORGANISER)
                    .at("/frameworks/versions/{version}/criteria/new").local(ORGANISER),
            post("/frameworks/versions/{versionId}/criteria", ORGANISER).at("/frameworks/versions/{version}/criteria")
                    .local(ORGANISER),
            get("/frameworks/versions/{versionId}/import", ORGANISER).at("/frameworks/versions/{version}/import")
                    .local(ORGANISER),
            post("/frameworks/versions/{versionId}/import", ORGANISER).at("/frameworks/versions/{version}/import")
                    .local(ORGANISER),
            get("/frameworks/{frameworkId}/import", ORGANISER).at("/frameworks/{framework}/import").local(ORGANISER),
            post("/frameworks/{frameworkId}/import", ORGANISER).at("/frameworks/{framework}/import").local(ORGANISER),
            // outbox
            get("/outbox", ORGANISER),
            get("/outbox/{id}", ORGANISER).at("/outbox/{outbox}").local(ORGANISER),
            post("/outbox/{id}/retry", ORGANISER).at("/outbox/{outbox}/retry").local(ORGANISER),
            // open to everyone, without login
            open(HttpMethod.GET, "/login"),
            open(HttpMethod.GET, "/login/two-factor"),
            open(HttpMethod.POST, "/login/two-factor"),
            open(HttpMethod.GET, "/public/results"),
            open(HttpMethod.GET, "/public/results/{campaignId}"),
            open(HttpMethod.GET, "/public/results/{campaignId}/agencies/{agencyId}"),
            open(HttpMethod.GET, "/public/results/{campaignId}/chart.json"),
            open(HttpMethod.GET, "/public/results/{campaignId}/export.xlsx"),
            open(HttpMethod.GET, "/public/results/{campaignId}/report.pdf"));

    @Autowired
    MockMvc mvc;
    @Autowired
    TwoProvinces provinces;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    TwoProvinces.Provinces world;

    @BeforeAll
    void build() throws Exception {
        world = provinces.get();
    }

    @Test
    void everyEndpointIsInTheTable() {
        Set<String> inTable = new TreeSet<>();
        TABLE.forEach(rule -> inTable.add(rule.key()));
        Set<String> mapped = endpoints().keySet();
        assertThat(mapped).as("endpoints with no line in AccessControlTest.TABLE: add one").isSubsetOf(inTable);
        assertThat(inTable).as("lines of AccessControlTest.TABLE with no endpoint: remove them").isSubsetOf(mapped);
    }

    @Test
    void everyRoleIsKeptToItsOwnProvinceAndAgency() throws Exception {
        List<String> holes = new ArrayList<>();
        int requests = 0;
        for (Rule rule : TABLE) {
            if (rule.open) {
                continue;
            }
            for (Role role : Role.values()) {
                CurrentUser actor = world.actors().get(role);
                boolean usesPage = rule.roles.contains(role);
                if (!rule.hasId()) {
                    if (usesPage && rule.method == HttpMethod.POST) {
                        continue; // would create or change data of the user's own organiser
                    }
                    MockHttpServletResponse response = perform(rule, rule.template, world.home(), actor);
                    requests++;
                    check(holes, rule, role, "own province", response, usesPage ? null : 403);
                    continue;
                }
                MockHttpServletResponse foreign = perform(rule, rule.template, world.foreign(), actor);
                requests++;
                check(holes, rule, role, "another province", foreign, usesPage ? 404 : 403);
                for (Local local : rule.locals) {
                    boolean reaches = local.reach.contains(role);
                    if (reaches && rule.method == HttpMethod.POST) {
                        continue;
                    }
                    MockHttpServletResponse response = perform(rule, local.template, world.home(), actor);
                    requests++;
                    check(holes, rule, role, "another agency of the own province", response, reaches ? null : 403);
                }
            }
        }
        System.out.printf("Access control: %d requests over %d endpoints and %d roles%n", requests, TABLE.size(),
                Role.values().length);
        assertThat(holes).as("requests answered against the rule").isEmpty();
    }

    /** Every handler that sends a file out, except blank templates and public results, is logged as an export. */
    @Test
    void everyDownloadIsAnAuditedExport() {
        List<String> unlogged = new ArrayList<>();
        endpoints().forEach((key, method) -> {
            boolean file = ResponseEntity.class.isAssignableFrom(method.getMethod().getReturnType())
                    && !key.endsWith("/template") && !key.contains(" /public/");
            if (file && !method.hasMethodAnnotation(Export.class)) {
                unlogged.add(key);
            }
        });
        assertThat(unlogged).as("downloads without @Export").isEmpty();
    }

    private Map<String, HandlerMethod> endpoints() {
        Map<String, HandlerMethod> endpoints = new LinkedHashMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : handlers.getHandlerMethods().entrySet()) {
            if (!entry.getValue().getBeanType().getPackageName().startsWith("vn.parindex")) {
                continue; // Spring Boot's /error
            }
            for (String pattern : entry.getKey().getPatternValues()) {
                for (var method : entry.getKey().getMethodsCondition().getMethods()) {
                    endpoints.put(method.name() + " " + pattern, entry.getValue());
                }
            }
        }
        return endpoints;
    }

    private MockHttpServletResponse perform(Rule rule, String template, TwoProvinces.Ids ids, CurrentUser actor)
            throws Exception {
        String url = ids.fill(template);
        MockHttpServletRequestBuilder request = rule.file
                ? multipart(url).file(new MockMultipartFile("file", "van-ban.pdf", "application/pdf", TwoProvinces.PDF))
                : request(rule.method, url);
        rule.params.forEach((name, value) -> request.param(name, ids.fill(value)));
        if (rule.method == HttpMethod.POST) {
            request.with(csrf());
        }
        try {
            return mvc.perform(request.with(user(actor))).andReturn().getResponse();
        } catch (Exception e) {
            // an exception no handler turned into an answer: the server would say 500
            MockHttpServletResponse failed = new MockHttpServletResponse();
            failed.setStatus(500);
            return failed;
        }
    }

    /** Expected null: the page is the user's, so anything but a refusal, an error or (with an id) a 404. */
    private void check(List<String> holes, Rule rule, Role role, String whose, MockHttpServletResponse response,
                       Integer expected) throws Exception {
        int status = response.getStatus();
        String problem = null;
        if (expected != null && status != expected) {
            problem = "expected " + expected;
        } else if (expected == null && (status == 401 || status == 403 || status >= 500 || (status == 404
                && rule.hasId()))) {
            problem = "expected the page";
        } else if (expected == null && response.getContentType() != null
                && response.getContentType().startsWith("text/html")
                && response.getContentAsString().contains(world.foreign().code())) {
            problem = "shows data of another province (" + world.foreign().code() + ")";
        }
        if (problem != null) {
            holes.add(rule.key() + " as " + role.name().toLowerCase(Locale.ROOT) + " on " + whose + ": " + problem
                    + ", got " + status);
        }
    }

    private static Rule appraisalStep(String step) {
        return post("/appraisals/{taskId}/criteria/{criterionId}/" + step, APPRAISERS)
                .at("/appraisals/{standingTask}/criteria/{leaf}/" + step).local(ORGANISER)
                .local("/appraisals/{reviewerTask}/criteria/{leaf}/" + step, EnumSet.of(Role.REVIEWER));
    }

    static Rule get(String pattern, Set<Role> roles) {
        return new Rule(HttpMethod.GET, pattern, roles, false);
    }

    static Rule post(String pattern, Set<Role> roles) {
        return new Rule(HttpMethod.POST, pattern, roles, false);
    }

    static Rule open(HttpMethod method, String pattern) {
        return new Rule(method, pattern, ALL, true);
    }

    /** A URL of the user's own province and the roles that reach the resource there. */
    record Local(String template, Set<Role> reach) {
    }

    static final class Rule {
        final HttpMethod method;
        final String pattern;
        final Set<Role> roles;
        final boolean open;
        final Map<String, String> params = new LinkedHashMap<>();
        final List<Local> locals = new ArrayList<>();
        String template;
        boolean file;

        Rule(HttpMethod method, String pattern, Set<Role> roles, boolean open) {
            this.method = method;
            this.pattern = pattern;
            this.roles = roles;
            this.open = open;
            this.template = pattern;
        }

        Rule at(String url) {
            template = url;
            return this;
        }

        Rule param(String name, String value) {
            params.put(name, value);
            return this;
        }

        Rule file() {
            file = true;
            return this;
        }

        Rule local(Set<Role> reach) {
            return local(template, reach);
        }

        Rule local(String url, Set<Role> reach) {
            locals.add(new Local(url, reach));
            return this;
        }

        boolean hasId() {
            return !locals.isEmpty();
        }

        String key() {
            return method.name() + " " + pattern;
        }
    }
}
