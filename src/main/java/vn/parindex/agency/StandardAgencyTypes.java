package vn.parindex.agency;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The agency types every installation starts with (more are data); created where they are missing. */
@Component
@RequiredArgsConstructor
public class StandardAgencyTypes {

    public static final String DEPARTMENT = "DEPARTMENT";

    private final AgencyTypeRepository types;

    public record Types(AgencyType department, AgencyType district, AgencyType commune, AgencyType central,
                        AgencyType publicUnit) {
    }

    @Transactional
    public Types ensure() {
        return new Types(
                type(DEPARTMENT, "Sở, ban, ngành", "Department", true, 1),
                type("DISTRICT", "UBND cấp huyện", "District People's Committee", true, 2),
                type("COMMUNE", "UBND cấp xã", "Commune / ward People's Committee", true, 3),
                type("CENTRAL", "Cơ quan Trung ương trên địa bàn", "Central agency in the province", true, 4),
                type("PUBLIC_UNIT", "Đơn vị sự nghiệp công lập", "Public service unit", false, 5));
    }

    private AgencyType type(String code, String vi, String en, boolean ranked, int order) {
        return types.findByCode(code).orElseGet(() -> types.save(new AgencyType(code, vi, en, ranked, order)));
    }
}
