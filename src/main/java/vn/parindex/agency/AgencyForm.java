package vn.parindex.agency;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** What an organiser types in the agency form, or one row of an agency import. */
@Getter
public class AgencyForm {

    /** Agency codes become part of the engine's group ids (agency:CODE:officer): only these characters. */
    static final String CODE_PATTERN = "[A-Za-z0-9._-]*";
    static final String EMAIL_PATTERN = "([^@\\s]+@[^@\\s]+\\.[^@\\s]+)?";

    @NotBlank(message = "{agency.validation.codeRequired}")
    @Size(max = 40, message = "{agency.validation.codeLength}")
    @Pattern(regexp = CODE_PATTERN, message = "{agency.validation.codePattern}")
    private String code;
    @NotBlank(message = "{agency.validation.nameRequired}")
    @Size(max = 255, message = "{agency.validation.nameLength}")
    @Setter private String name;
    @NotNull(message = "{agency.validation.typeRequired}")
    @Setter private Long typeId;
    @Email(regexp = EMAIL_PATTERN, message = "{agency.validation.email}")
    @Size(max = 200, message = "{agency.validation.length200}")
    private String email;
    @Size(max = 200, message = "{agency.validation.length200}")
    @Setter private String headName;
    @Email(regexp = EMAIL_PATTERN, message = "{agency.validation.email}")
    @Size(max = 200, message = "{agency.validation.length200}")
    private String headEmail;
    @Size(max = 200, message = "{agency.validation.length200}")
    @Setter private String focalName;
    @Email(regexp = EMAIL_PATTERN, message = "{agency.validation.email}")
    @Size(max = 200, message = "{agency.validation.length200}")
    private String focalEmail;
    @Pattern(regexp = "(\\d{8,15})?", message = "{agency.validation.phone}")
    private String focalPhone;
    @Setter private boolean reviewer;
    @Setter private boolean active = true;
    /** The version the form was opened on, to notice someone else's change in between. */
    @Setter private Long version;

    public static AgencyForm of(Agency agency) {
        AgencyForm form = new AgencyForm();
        form.code = agency.getCode();
        form.name = agency.getName();
        form.typeId = agency.getType().getId();
        form.email = agency.getEmail();
        form.headName = agency.getHeadName();
        form.headEmail = agency.getHeadEmail();
        form.focalName = agency.getFocalName();
        form.focalEmail = agency.getFocalEmail();
        form.focalPhone = agency.getFocalPhone();
        form.reviewer = agency.isReviewer();
        form.active = agency.isActive();
        form.version = agency.getVersion();
        return form;
    }

    /** Copies everything but the code (fixed once created: imports and the engine's groups use it). */
    void applyTo(Agency agency, AgencyType type) {
        agency.setName(name.trim());
        agency.setType(type);
        agency.setEmail(clean(email));
        agency.setHeadName(clean(headName));
        agency.setHeadEmail(clean(headEmail));
        agency.setFocalName(clean(focalName));
        agency.setFocalEmail(clean(focalEmail));
        agency.setFocalPhone(clean(focalPhone));
        agency.setReviewer(reviewer);
        agency.setActive(active);
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public void setCode(String code) { this.code = code == null ? null : code.trim(); }
    public void setEmail(String email) { this.email = email == null ? null : email.trim(); }
    public void setHeadEmail(String headEmail) { this.headEmail = headEmail == null ? null : headEmail.trim(); }
    public void setFocalEmail(String focalEmail) { this.focalEmail = focalEmail == null ? null : focalEmail.trim(); }
    public void setFocalPhone(String focalPhone) { this.focalPhone = focalPhone == null ? null : focalPhone.replaceAll("[\\s.]", ""); }
}
