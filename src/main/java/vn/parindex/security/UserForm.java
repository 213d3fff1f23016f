package vn.parindex.security;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** What an administrator types in the user form, or one row of a user import. */
@Getter
public class UserForm {

    /** User names become engine user ids: lower-case letters, digits and . _ - only. */
    @NotBlank(message = "{user.validation.usernameRequired}")
    @Pattern(regexp = "([a-z0-9][a-z0-9._-]{2,99})?", message = "{user.validation.usernamePattern}")
    private String username;
    @NotBlank(message = "{user.validation.fullNameRequired}")
    @Size(max = 200, message = "{user.validation.length200}")
    private String fullName;
    @NotBlank(message = "{user.validation.emailRequired}")
    @Email(regexp = "([^@\\s]+@[^@\\s]+\\.[^@\\s]+)?", message = "{user.validation.email}")
    @Size(max = 200, message = "{user.validation.length200}")
    private String email;
    @Pattern(regexp = "(\\d{8,15})?", message = "{user.validation.phone}")
    private String phone;
    @NotNull(message = "{user.validation.agencyRequired}")
    @Setter private Long agencyId;
    @NotEmpty(message = "{user.validation.rolesRequired}")
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    @Setter private Long version;

    static UserForm of(AppUser user) {
        UserForm form = new UserForm();
        form.username = user.getUsername();
        form.fullName = user.getFullName();
        form.email = user.getEmail();
        form.phone = user.getPhone();
        form.agencyId = user.getAgency().getId();
        form.roles = EnumSet.copyOf(user.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : user.getRoles());
        form.version = user.getVersion();
        return form;
    }

    String cleanPhone() {
        return phone == null || phone.isBlank() ? null : phone;
    }

    public void setUsername(String username) { this.username = username == null ? null : username.trim().toLowerCase(Locale.ROOT); }
    public void setFullName(String fullName) { this.fullName = fullName == null ? null : fullName.trim(); }
    public void setEmail(String email) { this.email = email == null ? null : email.trim(); }
    public void setPhone(String phone) { this.phone = phone == null ? null : phone.replaceAll("[\\s.]", ""); }
    public void setRoles(Set<Role> roles) { this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles; }
}
