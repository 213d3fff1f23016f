package vn.parindex.framework;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

import vn.parindex.agency.AgencyType;
import vn.parindex.agency.Organiser;
import vn.parindex.common.BaseEntity;

/** The criteria framework (bộ tiêu chí) of one organiser for one agency type and year; it has versions. */
@Entity
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@Getter
public class Framework extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Organiser organiser;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    private AgencyType agencyType;
    @jakarta.persistence.Column(name = "assessment_year")
    private int year;
    @Setter private String name;

    public Framework(Organiser organiser, AgencyType agencyType, int year, String name) {
        this.organiser = organiser;
        this.agencyType = agencyType;
        this.year = year;
        this.name = name;
    }
}
