package vn.parindex.agency;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import vn.parindex.common.SearchText;

/** An agency of an organiser: assessed, reviewing, or both (Sở Tư pháp is assessed and appraises group 2). */
@Entity
public class Agency {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Organiser organiser;
    private String code;
    private String name;
    private String searchText;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    private AgencyType type;
    private String email;
    private String headName;
    private String headEmail;
    private String focalName;
    private String focalEmail;
    private String focalPhone;
    /** Whether the agency can be assigned criteria to appraise. */
    private boolean reviewer;
    private boolean active = true;
    @Version
    private long version;

    protected Agency() {
    }

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

    public Long getId() { return id; }
    public Organiser getOrganiser() { return organiser; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public AgencyType getType() { return type; }
    public void setType(AgencyType type) { this.type = type; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getHeadName() { return headName; }
    public void setHeadName(String headName) { this.headName = headName; }
    public String getHeadEmail() { return headEmail; }
    public void setHeadEmail(String headEmail) { this.headEmail = headEmail; }
    public String getFocalName() { return focalName; }
    public void setFocalName(String focalName) { this.focalName = focalName; }
    public String getFocalEmail() { return focalEmail; }
    public void setFocalEmail(String focalEmail) { this.focalEmail = focalEmail; }
    public String getFocalPhone() { return focalPhone; }
    public void setFocalPhone(String focalPhone) { this.focalPhone = focalPhone; }
    public boolean isReviewer() { return reviewer; }
    public void setReviewer(boolean reviewer) { this.reviewer = reviewer; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public long getVersion() { return version; }
}
