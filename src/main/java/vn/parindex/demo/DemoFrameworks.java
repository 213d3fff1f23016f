package vn.parindex.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.parindex.agency.Agency;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.FrameworkVersion;
import vn.parindex.framework.MeasuredBy;
import vn.parindex.framework.rule.RuleType;

/**
 * Builds criteria trees shaped like the seeds' frameworks: 8 groups (direction of PAR … impact), each with
 * its criteria and sub-criteria, maxima adding up to 100, every rule type in use, guidance and evidence.
 */
final class DemoFrameworks {

    /** Criteria and sub-criteria counts and maxima per group, by shape. */
    record Shape(int[] criteria, int[] subCriteria, int[] maxima, boolean bonusAndPenalty) {
    }

    /** Trà Vinh 2023–2030, for districts: 5/5, 3/6, 5/12, 3/3, 5/13, 3/10, 5/10, 4. */
    static final Shape DISTRICT = new Shape(new int[] {5, 3, 5, 3, 5, 3, 5, 4}, new int[] {5, 6, 12, 3, 13, 10, 10, 0},
            new int[] {8, 7, 14, 6, 14, 9, 12, 30}, false);
    static final Shape DEPARTMENT = new Shape(new int[] {5, 3, 5, 3, 5, 3, 5, 4}, new int[] {6, 5, 10, 3, 10, 6, 10, 0},
            new int[] {8, 7, 13, 6, 13, 8, 13, 32}, true);
    static final Shape COMMUNE = new Shape(new int[] {3, 2, 4, 2, 3, 2, 3, 3}, new int[] {3, 2, 6, 0, 3, 2, 4, 0},
            new int[] {10, 8, 16, 6, 12, 8, 10, 30}, false);

    static final String[] GROUPS = {
        "Công tác chỉ đạo, điều hành cải cách hành chính",
        "Cải cách thể chế",
        "Cải cách thủ tục hành chính",
        "Cải cách tổ chức bộ máy hành chính nhà nước",
        "Cải cách chế độ công vụ",
        "Cải cách tài chính công",
        "Xây dựng và phát triển chính quyền điện tử, chính quyền số",
        "Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội",
    };

    static final String[][] CRITERIA = {
        {"Kế hoạch cải cách hành chính năm", "Báo cáo cải cách hành chính", "Kiểm tra công tác cải cách hành chính",
            "Công tác thông tin, tuyên truyền cải cách hành chính", "Sáng kiến, giải pháp mới trong cải cách hành chính"},
        {"Xây dựng và ban hành văn bản quy phạm pháp luật", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật",
            "Kiểm tra, xử lý văn bản quy phạm pháp luật"},
        {"Kiểm soát thủ tục hành chính", "Công khai thủ tục hành chính",
            "Thực hiện cơ chế một cửa, một cửa liên thông", "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn",
            "Tiếp nhận, xử lý phản ánh, kiến nghị về thủ tục hành chính"},
        {"Sắp xếp, kiện toàn tổ chức bộ máy", "Quản lý, sử dụng biên chế", "Phân cấp, ủy quyền quản lý nhà nước"},
        {"Xác định và thực hiện vị trí việc làm", "Tuyển dụng, bổ nhiệm cán bộ, công chức",
            "Đào tạo, bồi dưỡng cán bộ, công chức", "Kỷ luật, kỷ cương hành chính",
            "Đánh giá, xếp loại cán bộ, công chức"},
        {"Quản lý, sử dụng ngân sách nhà nước", "Thực hiện cơ chế tự chủ tài chính", "Quản lý, sử dụng tài sản công"},
        {"Hạ tầng, nền tảng chính quyền số", "Cung cấp dịch vụ công trực tuyến",
            "Áp dụng hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001", "Hệ thống thông tin báo cáo",
            "Bảo đảm an toàn thông tin mạng"},
        {"Sự hài lòng của người dân, tổ chức đối với dịch vụ hành chính công",
            "Đánh giá của cán bộ, công chức về cải cách hành chính",
            "Đánh giá của đại biểu Hội đồng nhân dân, lãnh đạo cấp dưới",
            "Tác động đến thu hút đầu tư và phát triển doanh nghiệp"},
    };

    static final String[] SUB_TITLES = {
        "Ban hành đúng thời hạn", "Mức độ hoàn thành", "Chất lượng thực hiện", "Công khai kết quả",
        "Tỷ lệ thực hiện", "Xử lý sau kiểm tra",
    };

    private final Map<Integer, Agency> groupReviewers;
    private final Map<String, Agency> criterionReviewers;
    private int position;

    /**
     * @param groupReviewers default reviewing department per group number (Vĩnh Phúc 2018: Justice → 2 …)
     * @param criterionReviewers default reviewing department of single criteria (7.1, 7.3)
     */
    DemoFrameworks(Map<Integer, Agency> groupReviewers, Map<String, Agency> criterionReviewers) {
        this.groupReviewers = groupReviewers;
        this.criterionReviewers = criterionReviewers;
    }

    void fill(FrameworkVersion version, Shape shape) {
        position = 0;
        for (int g = 0; g < GROUPS.length; g++) {
            String groupCode = String.valueOf(g + 1);
            Criterion group = node(version, null, groupCode, GROUPS[g], BigDecimal.valueOf(shape.maxima()[g]));
            group.setReviewerAgency(groupReviewers.get(g + 1));
            group.setGuidance("Điểm của lĩnh vực bằng tổng điểm các tiêu chí thành phần.");
            int criteriaCount = shape.criteria()[g];
            List<BigDecimal> criterionMaxima = split(group.getMaxPoints(), criteriaCount);
            int[] subs = spreadSubCriteria(shape.subCriteria()[g], criteriaCount);
            for (int c = 0; c < criteriaCount; c++) {
                String code = groupCode + "." + (c + 1);
                Criterion criterion = node(version, group, code, CRITERIA[g][c], criterionMaxima.get(c));
                criterion.setReviewerAgency(criterionReviewers.get(code));
                boolean survey = g == 7 && c < 3;
                if (subs[c] == 0) {
                    makeLeaf(criterion, g, c, survey);
                    continue;
                }
                criterion.setGuidance("Điểm của tiêu chí bằng tổng điểm các tiêu chí thành phần.");
                List<BigDecimal> subMaxima = split(criterion.getMaxPoints(), subs[c]);
                for (int s = 0; s < subs[c]; s++) {
                    Criterion sub = node(version, criterion, code + "." + (s + 1),
                            SUB_TITLES[s % SUB_TITLES.length] + ": " + lowerFirst(CRITERIA[g][c]), subMaxima.get(s));
                    makeLeaf(sub, g, c + s + 1, survey);
                }
            }
        }
        if (shape.bonusAndPenalty()) {
            Criterion bonus = node(version, null, "9", "Điểm thưởng: sáng kiến, mô hình CCHC được cấp có thẩm quyền công nhận",
                    BigDecimal.valueOf(2));
            bonus.setRuleType(RuleType.BONUS);
            bonus.setGuidance("Mỗi sáng kiến, mô hình được công nhận: 1 điểm; tối đa 2 điểm.");
            bonus.setEvidence("Quyết định công nhận sáng kiến, mô hình của cấp có thẩm quyền.");
            Criterion penalty = node(version, null, "10", "Điểm trừ: vi phạm kỷ luật, kỷ cương hành chính bị xử lý",
                    BigDecimal.valueOf(3));
            penalty.setRuleType(RuleType.PENALTY);
            penalty.setGuidance("Mỗi trường hợp bị xử lý kỷ luật hoặc bị phê bình bằng văn bản: trừ 1 điểm; tối đa 3 điểm.");
            penalty.setEvidence("Văn bản xử lý kỷ luật, phê bình (nếu có).");
        }
    }

    private Criterion node(FrameworkVersion version, Criterion parent, String code, String title, BigDecimal max) {
        Criterion criterion = new Criterion(version, parent, code, title, max);
        criterion.setPosition(position++);
        version.getCriteria().add(criterion);
        if (parent != null) {
            parent.getChildren().add(criterion);
        }
        return criterion;
    }

    private static void makeLeaf(Criterion leaf, int group, int index, boolean survey) {
        if (survey) {
            leaf.setMeasuredBy(MeasuredBy.SURVEY);
            leaf.setRuleType(RuleType.RATIO);
            leaf.setGuidance("Điểm = tỷ lệ hài lòng từ điều tra xã hội học × điểm tối đa. Cơ quan không tự chấm tiêu chí này.");
            leaf.setEvidence("Kết quả điều tra xã hội học do Sở Nội vụ tổng hợp.");
            return;
        }
        BigDecimal max = leaf.getMaxPoints();
        // 3.4: the share of dossiers settled on time, tiered as in the national method
        RuleType type = leaf.getCode().startsWith("3.4") ? RuleType.PERCENT_TIERS
                : RuleType.values()[(group + index) % 5];
        leaf.setRuleType(type);
        switch (type) {
            case YES_NO -> {
                leaf.setGuidance("Thực hiện đầy đủ, đúng quy định: " + points(max) + " điểm; không thực hiện hoặc thực hiện không đầy đủ: 0 điểm.");
                leaf.setEvidence("Văn bản chỉ đạo, kế hoạch hoặc báo cáo thể hiện việc thực hiện (ghi rõ số, ngày ban hành).");
            }
            case LEVEL -> {
                leaf.setRuleParams("Đầy đủ, kịp thời=" + points(max) + ";Đầy đủ nhưng chưa kịp thời="
                        + points(half(max)) + ";Không thực hiện=0");
                leaf.setGuidance("Chọn mức đúng với thực tế: đầy đủ, kịp thời; đầy đủ nhưng chưa kịp thời; không thực hiện.");
                leaf.setEvidence("Báo cáo, văn bản thể hiện thời điểm và mức độ thực hiện.");
            }
            case PERCENT_TIERS -> {
                leaf.setRuleParams("100:" + points(max) + ";95:" + points(scale(max, "0.875")) + ";80:"
                        + points(scale(max, "0.75")) + ";70:" + points(half(max)) + ";60:" + points(scale(max, "0.25")));
                leaf.setGuidance("Nhập tỷ lệ %: 100% đạt " + points(max) + " điểm; từ 95% đến dưới 100%, từ 80%, từ 70%, từ 60% "
                        + "đạt mức điểm tương ứng; dưới 60%: 0 điểm.");
                leaf.setEvidence("Số liệu thống kê trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.");
            }
            case RATIO -> {
                leaf.setGuidance("Điểm = tỷ lệ % đạt được × điểm tối đa.");
                leaf.setEvidence("Báo cáo số liệu có xác nhận của thủ trưởng cơ quan.");
                leaf.setNaAllowed(group == 1);
            }
            case COUNT -> {
                leaf.setRuleParams("points=" + points(half(max)) + ";cap=" + points(max));
                leaf.setGuidance("Mỗi nội dung thực hiện được tính " + points(half(max)) + " điểm, tối đa " + points(max) + " điểm.");
                leaf.setEvidence("Danh sách và văn bản của từng nội dung đã thực hiện.");
            }
            default -> {
            }
        }
        if (group == 1 && leaf.getCode().startsWith("2.1")) {
            leaf.setNaAllowed(true);
            leaf.setGuidance(leaf.getGuidance() + " Cơ quan không được giao xây dựng văn bản quy phạm pháp luật trong năm chọn \"Không áp dụng\".");
        }
    }

    /** Splits a maximum into n parts of whole halves, the remainder on the first parts. */
    static List<BigDecimal> split(BigDecimal total, int n) {
        int halves = total.multiply(BigDecimal.valueOf(2)).intValueExact();
        List<BigDecimal> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int share = halves / n + (i < halves % n ? 1 : 0);
            parts.add(BigDecimal.valueOf(share).divide(BigDecimal.valueOf(2)).setScale(2));
        }
        return parts;
    }

    /** Sub-criteria come in twos and threes under the first criteria of a group. */
    static int[] spreadSubCriteria(int subCount, int criteriaCount) {
        int[] spread = new int[criteriaCount];
        int left = subCount;
        int c = 0;
        while (left > 0) {
            if (c >= criteriaCount) {
                spread[criteriaCount - 1] += left;
                break;
            }
            int take = left >= 5 ? 3 : left == 4 ? 2 : left;
            if (take == 1 && c > 0) {
                spread[c - 1]++;
                break;
            }
            spread[c++] = take;
            left -= take;
        }
        return spread;
    }

    private static BigDecimal half(BigDecimal max) {
        return scale(max, "0.5");
    }

    private static BigDecimal scale(BigDecimal max, String factor) {
        return max.multiply(new BigDecimal(factor)).setScale(2, RoundingMode.HALF_UP);
    }

    private static String points(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
