package vn.parindex.assessment;

import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.parindex.agency.Agency;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.campaign.CampaignLaunch;
import vn.parindex.campaign.CampaignRepository;
import vn.parindex.framework.Criterion;
import vn.parindex.process.ProcessFixture;
import vn.parindex.security.Role;
import vn.parindex.security.UserAccounts;

/** A launched {@link ProcessFixture} world whose agencies wait at submitSelfAssessment, with its leaves' ids. */
@Component
class AssessmentWorld {

    private final ProcessFixture fixture;
    private final CampaignLaunch launch;
    private final CampaignRepository campaigns;
    private final AgencyRepository agencies;
    private final UserAccounts users;
    private final TransactionTemplate tx;

    AssessmentWorld(ProcessFixture fixture, CampaignLaunch launch, CampaignRepository campaigns,
                    AgencyRepository agencies, UserAccounts users, TransactionTemplate tx) {
        this.fixture = fixture;
        this.launch = launch;
        this.campaigns = campaigns;
        this.agencies = agencies;
        this.users = users;
        this.tx = tx;
    }

    record Launched(ProcessFixture.World world, Map<String, Long> criteria) {
        Long leaf(String code) {
            return criteria.get(code);
        }
    }

    Launched launched() {
        ProcessFixture.World world = fixture.world();
        launch.launch(world.campaignId(), world.organiserId());
        fixture.runDueJobs(world);
        Map<String, Long> ids = tx.execute(status -> campaigns.findById(world.campaignId()).orElseThrow()
                .getFrameworks().values().iterator().next().getCriteria().stream()
                .collect(Collectors.toMap(Criterion::getCode, Criterion::getId)));
        return new Launched(world, ids);
    }

    /** An officer of agency B (the fixture gives B no users). */
    String officerOfB(ProcessFixture.World world) {
        String username = "officer.b." + world.code().toLowerCase();
        tx.executeWithoutResult(status -> {
            Agency b = agencies.findById(world.agencyBId()).orElseThrow();
            users.create(username, username, username + "@test.parindex.vn", b.getOrganiser(), b,
                    EnumSet.of(Role.OFFICER), ProcessFixture.PASSWORD, false);
        });
        return username;
    }
}
