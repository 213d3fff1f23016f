package vn.parindex.agency;

import jakarta.persistence.Entity;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import vn.parindex.common.BaseEntity;

/** A kind of assessed agency (department, commune, district …). Data, not an enum: the levels change. */
@Entity
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@Getter
public class AgencyType extends BaseEntity {

    private String code;
    private String nameVi;
    private String nameEn;
    /** Some types (special units) are scored but not ranked. */
    private boolean ranked = true;
    private int sortOrder;

    public AgencyType(String code, String nameVi, String nameEn, boolean ranked, int sortOrder) {
        this.code = code;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.ranked = ranked;
        this.sortOrder = sortOrder;
    }

    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AgencyType type && code != null && code.equals(type.code);
    }

    @Override
    public int hashCode() {
        return code == null ? 0 : code.hashCode();
    }
}
