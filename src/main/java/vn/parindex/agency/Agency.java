package vn.parindex.agency;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

import vn.parindex.common.BaseEntity;
import vn.parindex.common.SearchText;

/** An agency of an organiser: assessed, reviewing, or both (Sở Tư pháp is assessed and appraises group 2). */
@Entity
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@Getter
public class Agency extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Organiser organiser;
    @Setter private String code;
    @Setter private String name;
    private String searchText;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @Setter private AgencyType type;
    @Setter private String email;
    @Setter private String headName;
    @Setter private String headEmail;
    @Setter private String focalName;
    @Setter private String focalEmail;
    @Setter private String focalPhone;
    /** Whether the agency can be assigned criteria to appraise. */
    @Setter private boolean reviewer;
    @Setter private boolean active = true;
    @Version
    private long version;

    public Agency(Organiser organiser, String code, String name, AgencyType type) {
        this.organiser = organiser;
        this.code = code;
        this.name = name;
        this.type = type;
    }

    @PrePersist
    @PreUpdate
    void foldSearchText() {
        searchText = SearchText.fold(code, name);
    }
}
