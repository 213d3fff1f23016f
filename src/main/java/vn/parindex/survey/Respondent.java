package vn.parindex.survey;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import vn.parindex.common.BaseEntity;

/** One person on an agency's survey respondent list. Personal data: the organiser and the agency only. */
@Entity
@Table(name = "survey_respondent")
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@Getter
public class Respondent extends BaseEntity {

    private Long campaignId;
    private Long agencyId;
    private int lineNumber;
    private String fullName;
    private String address;
    private String phone;
    private String uploadedBy;
    private Instant uploadedAt;

    public Respondent(Long campaignId, Long agencyId, int lineNumber, String fullName, String address, String phone,
                      String uploadedBy, Instant uploadedAt) {
        this.campaignId = campaignId;
        this.agencyId = agencyId;
        this.lineNumber = lineNumber;
        this.fullName = fullName;
        this.address = address;
        this.phone = phone;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }
}
