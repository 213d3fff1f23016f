package vn.parindex.campaign.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignDrafts;

/** A campaign's year, name and legal basis (the plan's number and date). */
@Getter
@Setter
public class DetailsForm {

    @NotNull(message = "{campaign.error.yearRequired}")
    @Min(value = CampaignDrafts.MIN_YEAR, message = "{campaign.error.yearRangeShort}")
    @Max(value = CampaignDrafts.MAX_YEAR, message = "{campaign.error.yearRangeShort}")
    private Integer year;
    @NotBlank(message = "{campaign.error.nameRequired}")
    @Size(max = 300, message = "{campaign.error.nameTooLong}")
    private String name;
    @Size(max = 100, message = "{campaign.error.planNumberTooLong}")
    private String planNumber;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate planDate;
    private long version;

    static DetailsForm of(Campaign campaign) {
        DetailsForm form = new DetailsForm();
        form.year = campaign.getYear();
        form.name = campaign.getName();
        form.planNumber = campaign.getPlanNumber();
        form.planDate = campaign.getPlanDate();
        form.version = campaign.getVersion();
        return form;
    }

    CampaignDrafts.Details details() {
        return new CampaignDrafts.Details(year, name, planNumber, planDate);
    }
}
