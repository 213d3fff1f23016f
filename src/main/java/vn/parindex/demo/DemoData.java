package vn.parindex.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.agency.Agency;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.agency.AgencyType;
import vn.parindex.agency.Organiser;
import vn.parindex.agency.OrganiserLevel;
import vn.parindex.agency.OrganiserRepository;
import vn.parindex.agency.StandardAgencyTypes;
import vn.parindex.agency.StandardAgencyTypes.Types;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignLaunch;
import vn.parindex.campaign.CampaignRepository;
import vn.parindex.campaign.CampaignStatus;
import vn.parindex.campaign.MilestoneType;
import vn.parindex.campaign.ReviewerDefaults;
import vn.parindex.common.AppClock;
import vn.parindex.framework.Framework;
import vn.parindex.framework.FrameworkRepository;
import vn.parindex.framework.FrameworkVersion;
import vn.parindex.framework.FrameworkVersionRepository;
import vn.parindex.security.Role;
import vn.parindex.security.UserAccounts;

/**
 * Fictional demo data: "Tỉnh An Hòa" in today's two-level structure (departments and communes directly
 * under the province) and "Tỉnh Bình Sơn", which still has districts as the seeds' plans do, with one
 * district running its communes' index. Every demo user's password is {@value #PASSWORD}.
 */
@Service
@RequiredArgsConstructor
public class DemoData {

    public static final String PASSWORD = "Demo@2026";

    /** The plan and the decision publishing the results of each past year of An Hòa, last year first. */
    private static final String[][] PAST_YEARS = {{"215/KH-UBND", "312/QĐ-UBND"}, {"198/KH-UBND", "287/QĐ-UBND"},
        {"176/KH-UBND", "264/QĐ-UBND"}};
    public static final String PROVINCE = "AH";
    public static final String DISTRICT_PROVINCE = "BS";
    public static final String DISTRICT = "BS-H01";

    /** Marks a milestone of a layout as not used by the plan. */
    private static final LocalDate UNUSED = LocalDate.MIN;

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    static final String[][] AH_DEPARTMENTS = {
        {"SNV", "Sở Nội vụ"}, {"STP", "Sở Tư pháp"}, {"STC", "Sở Tài chính"}, {"SKHCN", "Sở Khoa học và Công nghệ"},
        {"VPUB", "Văn phòng Ủy ban nhân dân tỉnh"}, {"SXD", "Sở Xây dựng"},
        {"SNNMT", "Sở Nông nghiệp và Môi trường"}, {"SCT", "Sở Công Thương"}, {"SGDDT", "Sở Giáo dục và Đào tạo"},
        {"SYT", "Sở Y tế"}, {"SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch"}, {"SNGV", "Sở Ngoại vụ"},
        {"TTT", "Thanh tra tỉnh"}, {"SDTTG", "Sở Dân tộc và Tôn giáo"}, {"BQLKKT", "Ban Quản lý Khu kinh tế"},
        {"BQLDA", "Ban Quản lý dự án đầu tư xây dựng tỉnh"}, {"SLDTBXH", "Sở Lao động và Việc làm"},
        {"BQLKCN", "Ban Quản lý các khu công nghiệp"}, {"VPDDBQH", "Văn phòng Đoàn ĐBQH và HĐND tỉnh"},
        {"BDT", "Ban Dân tộc tỉnh"}, {"TTHCC", "Trung tâm Phục vụ hành chính công tỉnh"},
    };
    static final String[][] AH_CENTRAL = {
        {"CAT", "Công an tỉnh"}, {"THUE", "Thuế tỉnh An Hòa"}, {"KBNN", "Kho bạc Nhà nước khu vực"},
        {"BHXH", "Bảo hiểm xã hội tỉnh"},
    };
    static final String[] AH_COMMUNES = {
        "Phường An Hòa", "Phường Bình Minh", "Phường Hòa Bình", "Phường Tân An", "Phường Phú Lợi", "Phường Đông Hải",
        "Phường Thạnh Mỹ", "Phường Long Biên", "Xã Tân Lập", "Xã Hòa Thuận", "Xã Phước Hưng", "Xã Thuận An",
        "Xã Đông Sơn", "Xã Tây Sơn", "Xã Nam Thịnh", "Xã Bắc Lý", "Xã Vĩnh Hưng", "Xã Mỹ Phước", "Xã Quảng Điền",
        "Xã Hưng Đạo", "Xã Lạc Long", "Xã Tiên Phong", "Xã Đại Đồng", "Xã Cẩm Giang", "Xã Kim Sơn",
        "Xã Yên Thế", "Xã Trường Xuân", "Xã Ngọc Lâm", "Xã Sông Cầu", "Xã Hải Ninh", "Xã Phú Thọ", "Đặc khu Hòn Ngọc",
    };
    static final String[][] BS_DEPARTMENTS = {
        {"SNV", "Sở Nội vụ"}, {"STP", "Sở Tư pháp"}, {"STC", "Sở Tài chính"}, {"STTTT", "Sở Thông tin và Truyền thông"},
        {"SKHCN", "Sở Khoa học và Công nghệ"}, {"VPUB", "Văn phòng Ủy ban nhân dân tỉnh"}, {"SXD", "Sở Xây dựng"},
        {"SYT", "Sở Y tế"}, {"SGDDT", "Sở Giáo dục và Đào tạo"}, {"SKHDT", "Sở Kế hoạch và Đầu tư"},
    };
    static final String[] BS_DISTRICTS = {
        "Thành phố Bình Sơn", "Huyện Châu Thành", "Huyện Cầu Kè", "Huyện Tiểu Cần", "Huyện Càng Long",
        "Huyện Cầu Ngang", "Huyện Trà Cú", "Thị xã Duyên Hải",
    };
    /** The district's own offices that appraise its communes, as the province's departments appraise districts. */
    static final String[][] DISTRICT_OFFICES = {
        {"PNV", "Phòng Nội vụ"}, {"PTP", "Phòng Tư pháp"}, {"VP", "Văn phòng HĐND và UBND"},
        {"PTCKH", "Phòng Tài chính - Kế hoạch"}, {"PVHTT", "Phòng Văn hóa và Thông tin"},
    };
    static final String[][] BS_COMMUNE_NAMES = {
        {"Phường 1", "Phường 2", "Xã Long Đức", "Xã Lương Hòa"},
        {"Thị trấn Châu Thành", "Xã Đa Lộc", "Xã Mỹ Chánh"},
        {"Thị trấn Cầu Kè", "Xã Hòa Ân", "Xã Châu Điền"},
        {"Thị trấn Tiểu Cần", "Xã Hiếu Tử", "Xã Tân Hòa"},
        {"Thị trấn Càng Long", "Xã An Trường", "Xã Bình Phú"},
        {"Thị trấn Cầu Ngang", "Xã Mỹ Long", "Xã Hiệp Mỹ"},
        {"Thị trấn Trà Cú", "Xã Phước Hưng", "Xã Ngãi Xuyên"},
        {"Phường 1 Duyên Hải", "Xã Long Toàn", "Xã Trường Long Hòa"},
    };

    private final OrganiserRepository organisers;
    private final StandardAgencyTypes standardTypes;
    private final AgencyRepository agencies;
    private final FrameworkRepository frameworks;
    private final FrameworkVersionRepository versions;
    private final CampaignRepository campaigns;
    private final UserAccounts userAccounts;
    private final CampaignLaunch campaignLaunch;
    private final AppClock clock;
    private final DemoLastYear lastYearResults;

    public boolean isLoaded() {
        return organisers.findByCode(PROVINCE).isPresent();
    }

    /** Loads the demo data unless it is there already. */
    @Transactional
    public void load() {
        if (isLoaded()) {
            return;
        }
        Types types = standardTypes.ensure();
        loadAnHoa(types);
        loadBinhSon(types);
        log.info("Demo data loaded: provinces {} and {}; every demo password is {}", PROVINCE, DISTRICT_PROVINCE, PASSWORD);
    }

    /** Launches An Hòa's campaign of this year unless it runs already. */
    public void launchFirstProvince() {
        Organiser province = organisers.findByCode(PROVINCE).orElseThrow();
        campaigns.findByOrganiserIdAndYear(province.getId(), clock.today().getYear())
                .filter(Campaign::isDraft)
                .ifPresent(campaign -> {
                    campaignLaunch.launch(campaign.getId(), province.getId());
                    log.info("Demo campaign {} launched", campaign.getName());
                });
    }

    private void loadAnHoa(Types types) {
        Organiser province = organisers.save(new Organiser(PROVINCE, "Tỉnh An Hòa", OrganiserLevel.PROVINCE, null));
        Map<String, Agency> byCode = new HashMap<>();
        for (String[] d : AH_DEPARTMENTS) {
            Agency agency = agency(province, PROVINCE + "-" + d[0], d[1], types.department());
            byCode.put(d[0], agency);
        }
        for (String[] d : AH_CENTRAL) {
            agency(province, PROVINCE + "-" + d[0], d[1], types.central());
        }
        agency(province, PROVINCE + "-DPTTH", "Đài Phát thanh và Truyền hình tỉnh", types.publicUnit());
        for (int i = 0; i < AH_COMMUNES.length; i++) {
            agency(province, PROVINCE + "-X%02d".formatted(i + 1), AH_COMMUNES[i], types.commune());
        }
        for (String reviewer : List.of("SNV", "STP", "STC", "SKHCN", "VPUB")) {
            byCode.get(reviewer).setReviewer(true);
        }
        province.setStandingAgency(byCode.get("SNV"));

        Map<Integer, Agency> groupReviewers = Map.of(1, byCode.get("SNV"), 2, byCode.get("STP"), 3, byCode.get("VPUB"),
                4, byCode.get("SNV"), 5, byCode.get("SNV"), 6, byCode.get("STC"), 8, byCode.get("SNV"));
        // today Science and Technology has taken over Information and Communications: it appraises 7.1 and 7.3
        DemoFrameworks builder = new DemoFrameworks(groupReviewers,
                Map.of("7.1", byCode.get("SKHCN"), "7.3", byCode.get("SKHCN")));
        int year = clock.today().getYear();
        FrameworkVersion departments = framework(province, types.department(), year,
                "Bộ chỉ số CCHC các sở, ban, ngành", builder, DemoFrameworks.DEPARTMENT, true);
        FrameworkVersion communes = framework(province, types.commune(), year,
                "Bộ chỉ số CCHC UBND các xã, phường, đặc khu", builder, DemoFrameworks.COMMUNE, true);
        FrameworkVersion central = framework(province, types.central(), year,
                "Bộ chỉ số CCHC các cơ quan Trung ương trên địa bàn tỉnh", builder, DemoFrameworks.DEPARTMENT, true);

        // three published years before this one, so this year shows the change and the years page a trend
        Campaign lastYear = null;
        FrameworkVersion lastYearDepartments = null;
        for (int ago = PAST_YEARS.length; ago >= 1; ago--) {
            int past = year - ago;
            FrameworkVersion version = framework(province, types.department(), past,
                    "Bộ chỉ số CCHC các sở, ban, ngành", builder, DemoFrameworks.DEPARTMENT, true);
            version.setBasedOn(lastYearDepartments);
            Campaign campaign = campaign(province, past, "Xác định Chỉ số CCHC năm " + past,
                    PAST_YEARS[ago - 1][0], LocalDate.of(past, 10, 20), namDinhLayout(LocalDate.of(past, 11, 1)));
            campaign.setStatus(CampaignStatus.PUBLISHED);
            campaign.setCopiedFrom(lastYear);
            assess(campaign, types.department(), version, province);
            lastYearResults.scoreAndPublish(campaign, version, "Quyết định số " + PAST_YEARS[ago - 1][1]
                    + " ngày 20/01/" + (past + 1), ago);
            lastYear = campaign;
            lastYearDepartments = version;
        }
        departments.setBasedOn(lastYearDepartments);
        Campaign current = campaign(province, year, "Xác định Chỉ số CCHC năm " + year, "248/KH-UBND",
                clock.today().minusDays(10), namDinhLayout(clock.today().plusDays(3)));
        current.setCopiedFrom(lastYear);
        assess(current, types.department(), departments, province);
        assess(current, types.commune(), communes, province);
        assess(current, types.central(), central, province);

        user("organiser", "Nguyễn Thị Hồng", byCode.get("SNV"), province, Role.ORGANISER);
        user("officer", "Trần Văn Nam", byCode.get("SCT"), province, Role.OFFICER);
        user("head", "Lê Minh Tuấn", byCode.get("SCT"), province, Role.HEAD);
        user("reviewer", "Phạm Thu Hà", byCode.get("STP"), province, Role.REVIEWER);
        user("council", "Hoàng Văn Đức", byCode.get("SNV"), province, Role.COUNCIL);
        user("chairman", "Đỗ Quang Vinh", byCode.get("VPUB"), province, Role.CHAIRMAN);
        user("viewer", "Vũ Thị Lan", byCode.get("VPUB"), province, Role.VIEWER);
        user("admin", "Quản trị hệ thống", byCode.get("SNV"), province, Role.ADMIN);
        user("officer.snv", "Bùi Thị Mai", byCode.get("SNV"), province, Role.OFFICER);
        user("head.snv", "Ngô Văn Hải", byCode.get("SNV"), province, Role.HEAD);
        user("reviewer.snv", "Đinh Thị Thu", byCode.get("SNV"), province, Role.REVIEWER);
        user("reviewer.stc", "Mai Văn Long", byCode.get("STC"), province, Role.REVIEWER);
        user("reviewer.skhcn", "Trịnh Thị Yến", byCode.get("SKHCN"), province, Role.REVIEWER);
        user("reviewer.vpub", "Lý Văn Phúc", byCode.get("VPUB"), province, Role.REVIEWER);
        user("officer.stp", "Cao Thị Ngọc", byCode.get("STP"), province, Role.OFFICER);
        user("officer.x01", "Châu Văn Bình", agencies.findByCode(PROVINCE + "-X01").orElseThrow(), province, Role.OFFICER);
    }

    private void loadBinhSon(Types types) {
        Organiser province = organisers.save(new Organiser(DISTRICT_PROVINCE, "Tỉnh Bình Sơn", OrganiserLevel.PROVINCE, null));
        Map<String, Agency> byCode = new HashMap<>();
        for (String[] d : BS_DEPARTMENTS) {
            byCode.put(d[0], agency(province, DISTRICT_PROVINCE + "-" + d[0], d[1], types.department()));
        }
        for (String reviewer : List.of("SNV", "STP", "STC", "STTTT", "SKHCN", "VPUB")) {
            byCode.get(reviewer).setReviewer(true);
        }
        province.setStandingAgency(byCode.get("SNV"));
        Map<Integer, Agency> groupReviewers = Map.of(1, byCode.get("SNV"), 2, byCode.get("STP"), 3, byCode.get("VPUB"),
                4, byCode.get("SNV"), 5, byCode.get("SNV"), 6, byCode.get("STC"), 8, byCode.get("SNV"));
        // Vĩnh Phúc 2018: Information and Communications appraises 7.1 only, Science and Technology 7.3 (ISO)
        DemoFrameworks builder = new DemoFrameworks(groupReviewers,
                Map.of("7.1", byCode.get("STTTT"), "7.3", byCode.get("SKHCN")));
        int year = clock.today().getYear();
        FrameworkVersion departments = framework(province, types.department(), year,
                "Bộ chỉ số CCHC các sở, ban, ngành", builder, DemoFrameworks.DEPARTMENT, true);
        FrameworkVersion districts = framework(province, types.district(), year,
                "Bộ chỉ số CCHC UBND các huyện, thị xã, thành phố", builder, DemoFrameworks.DISTRICT, true);
        // a draft revision of the district framework, as the organiser would start one
        FrameworkVersion districtDraft = new FrameworkVersion(districts.getFramework(), 2, BigDecimal.valueOf(100),
                clock.instant());
        districtDraft.setBasedOn(districts);
        districtDraft.setNote("Dự thảo sửa đổi theo góp ý của các sở");
        builder.fill(districtDraft, DemoFrameworks.DISTRICT);
        versions.save(districtDraft);

        Campaign current = campaign(province, year, "Xác định Chỉ số CCHC năm " + year, "302/KH-UBND",
                clock.today().minusDays(7), vinhPhucLayout(clock.today().plusDays(4)));
        assess(current, types.department(), departments, province);

        Organiser firstDistrict = null;
        Map<String, Agency> offices = new HashMap<>();
        for (int d = 0; d < BS_DISTRICTS.length; d++) {
            Agency district = agency(province, DISTRICT_PROVINCE + "-H%02d".formatted(d + 1), "UBND " + BS_DISTRICTS[d],
                    types.district());
            Organiser districtOrganiser = organisers.save(new Organiser(district.getCode(), BS_DISTRICTS[d],
                    OrganiserLevel.DISTRICT, province));
            districtOrganiser.setStandingAgency(district);
            for (int c = 0; c < BS_COMMUNE_NAMES[d].length; c++) {
                agency(districtOrganiser, district.getCode() + "-X%02d".formatted(c + 1), "UBND " + BS_COMMUNE_NAMES[d][c],
                        types.commune());
            }
            if (d == 0) {
                firstDistrict = districtOrganiser;
                for (String[] office : DISTRICT_OFFICES) {
                    Agency agency = agency(districtOrganiser, district.getCode() + "-" + office[0], office[1],
                            types.department());
                    agency.setReviewer(true);
                    offices.put(office[0], agency);
                }
                user("bs.district", "Thạch Thị Sa Rây", district, districtOrganiser, Role.ORGANISER);
                user("bs.commune.officer", "Kim Văn Sang",
                        agencies.findByCode(district.getCode() + "-X01").orElseThrow(), districtOrganiser, Role.OFFICER);
            }
        }
        assess(current, types.district(), districts, province);

        // the first district runs the same process one level down for its communes
        DemoFrameworks districtBuilder = new DemoFrameworks(Map.of(1, offices.get("PNV"), 2, offices.get("PTP"),
                3, offices.get("VP"), 4, offices.get("PNV"), 5, offices.get("PNV"), 6, offices.get("PTCKH")),
                Map.of("7.1", offices.get("PVHTT")));
        FrameworkVersion communes = framework(firstDistrict, types.commune(), year,
                "Bộ chỉ số CCHC UBND các xã, thị trấn", districtBuilder, DemoFrameworks.COMMUNE, true);
        Campaign communeCampaign = campaign(firstDistrict, year, "Xác định Chỉ số CCHC cấp xã năm " + year,
                "60/KH-UBND", clock.today().minusDays(5), namDinhLayout(clock.today().plusDays(5)));
        assess(communeCampaign, types.commune(), communes, firstDistrict);

        user("bs.organiser", "Sơn Thị Mai", byCode.get("SNV"), province, Role.ORGANISER);
        user("bs.officer", "Lâm Văn Tài", byCode.get("SXD"), province, Role.OFFICER);
        user("bs.head", "Dương Minh Khôi", byCode.get("SXD"), province, Role.HEAD);
        user("bs.reviewer", "Huỳnh Thị Diễm", byCode.get("STP"), province, Role.REVIEWER);
        user("bs.viewer", "Tăng Văn Lộc", byCode.get("VPUB"), province, Role.VIEWER);
    }

    private Agency agency(Organiser organiser, String code, String name, AgencyType type) {
        Agency agency = new Agency(organiser, code, name, type);
        String slug = code.toLowerCase().replace('-', '.');
        agency.setEmail(slug + "@demo.parindex.vn");
        agency.setHeadName("Thủ trưởng " + name);
        agency.setHeadEmail("thutruong." + slug + "@demo.parindex.vn");
        agency.setFocalName("Cán bộ đầu mối CCHC " + name);
        agency.setFocalEmail("cchc." + slug + "@demo.parindex.vn");
        agency.setFocalPhone("0912" + String.format("%06d", Math.abs(code.hashCode()) % 1_000_000));
        return agencies.save(agency);
    }

    private FrameworkVersion framework(Organiser organiser, AgencyType type, int year, String name,
                                       DemoFrameworks builder, DemoFrameworks.Shape shape, boolean publish) {
        Framework framework = frameworks.save(new Framework(organiser, type, year, name + " năm " + year));
        FrameworkVersion version = new FrameworkVersion(framework, 1, BigDecimal.valueOf(100), clock.instant());
        builder.fill(version, shape);
        if (publish) {
            version.publish("organiser", clock.instant());
        }
        return versions.save(version);
    }

    /**
     * Nam Định 2022's timeline (framework by 01/11, training by 10/11, self-assessment by 15/11, appraisal
     * with explanations by 27/11, publication by 05/12), starting at the given date.
     */
    static Map<MilestoneType, LocalDate[]> namDinhLayout(LocalDate first) {
        Map<MilestoneType, LocalDate[]> layout = new HashMap<>();
        layout.put(MilestoneType.FRAMEWORK_REVISION, new LocalDate[] {null, first});
        layout.put(MilestoneType.TRAINING, new LocalDate[] {null, first.plusDays(9)});
        // Nam Định takes satisfaction from the public service portal: no respondent lists
        layout.put(MilestoneType.RESPONDENT_LIST, new LocalDate[] {null, first.plusDays(8), UNUSED});
        layout.put(MilestoneType.SELF_ASSESSMENT, new LocalDate[] {null, first.plusDays(14)});
        layout.put(MilestoneType.APPRAISAL, new LocalDate[] {null, first.plusDays(26)});
        layout.put(MilestoneType.SURVEY_RESULTS, new LocalDate[] {null, first.plusDays(26)});
        layout.put(MilestoneType.SUPPLEMENTARY, new LocalDate[] {first.plusDays(15), first.plusDays(26)});
        layout.put(MilestoneType.AGGREGATION, new LocalDate[] {null, first.plusDays(29)});
        layout.put(MilestoneType.APPROVAL, new LocalDate[] {null, first.plusDays(31)});
        layout.put(MilestoneType.PUBLICATION, new LocalDate[] {null, first.plusDays(34)});
        return layout;
    }

    /**
     * Vĩnh Phúc 2018's timeline (respondent lists by 30/10, self-assessment window 05/11 – 16/11, survey results
     * by 30/11, explanations by 10/12, appraisal by 15/12, aggregation 18/12, approval 25/12, publication
     * 31/12; the framework of the year before reused), starting at the given date.
     */
    static Map<MilestoneType, LocalDate[]> vinhPhucLayout(LocalDate first) {
        Map<MilestoneType, LocalDate[]> layout = new HashMap<>();
        // the framework of the year before is reused: no revision
        layout.put(MilestoneType.FRAMEWORK_REVISION, new LocalDate[] {null, first, UNUSED});
        layout.put(MilestoneType.TRAINING, new LocalDate[] {null, first.plusDays(3)});
        layout.put(MilestoneType.RESPONDENT_LIST, new LocalDate[] {null, first});
        layout.put(MilestoneType.SELF_ASSESSMENT, new LocalDate[] {first.plusDays(6), first.plusDays(17)});
        layout.put(MilestoneType.SURVEY_RESULTS, new LocalDate[] {null, first.plusDays(31)});
        layout.put(MilestoneType.SUPPLEMENTARY, new LocalDate[] {first.plusDays(18), first.plusDays(41)});
        layout.put(MilestoneType.APPRAISAL, new LocalDate[] {null, first.plusDays(46)});
        layout.put(MilestoneType.AGGREGATION, new LocalDate[] {null, first.plusDays(49)});
        layout.put(MilestoneType.APPROVAL, new LocalDate[] {null, first.plusDays(56)});
        layout.put(MilestoneType.PUBLICATION, new LocalDate[] {null, first.plusDays(62)});
        return layout;
    }

    private Campaign campaign(Organiser organiser, int year, String name, String planNumber, LocalDate planDate,
                              Map<MilestoneType, LocalDate[]> layout) {
        Campaign campaign = new Campaign(organiser, year, name);
        campaign.setPlanNumber(planNumber);
        campaign.setPlanDate(planDate);
        for (MilestoneType type : MilestoneType.values()) {
            LocalDate[] dates = layout.get(type);
            campaign.setMilestone(type, dates[0], dates[1], dates.length < 3);
        }
        return campaigns.save(campaign);
    }

    private void assess(Campaign campaign, AgencyType type, FrameworkVersion version, Organiser organiser) {
        campaign.getFrameworks().put(type, version);
        ReviewerDefaults.copyInto(campaign, type, version);
        for (Agency agency : agencies.findByOrganiserIdAndActiveTrueOrderByCode(organiser.getId())) {
            if (agency.getType().equals(type)) {
                campaign.getAgencies().add(agency);
            }
        }
    }

    private void user(String username, String fullName, Agency agency, Organiser organiser, Role... roles) {
        Set<Role> roleSet = EnumSet.noneOf(Role.class);
        roleSet.addAll(List.of(roles));
        String email = username + "@demo.parindex.vn";
        userAccounts.create(username, fullName, email, organiser, agency, roleSet, PASSWORD, false);
    }
}
