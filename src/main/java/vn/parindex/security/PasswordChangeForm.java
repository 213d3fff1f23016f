package vn.parindex.security;

import jakarta.validation.constraints.NotBlank;
import lombok.Getter;
import lombok.Setter;

/** The current password and the new one, typed twice. */
@Getter
@Setter
public class PasswordChangeForm {

    @NotBlank(message = "{account.validation.currentRequired}")
    private String currentPassword;
    @NotBlank(message = "{account.validation.newRequired}")
    private String newPassword;
    private String confirmPassword;
}
