package vn.parindex.security;

import jakarta.validation.constraints.NotBlank;

/** The current password and the new one, typed twice. */
public class PasswordChangeForm {

    @NotBlank(message = "{account.validation.currentRequired}")
    private String currentPassword;
    @NotBlank(message = "{account.validation.newRequired}")
    private String newPassword;
    private String confirmPassword;

    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public String getConfirmPassword() { return confirmPassword; }
    public void setConfirmPassword(String confirmPassword) { this.confirmPassword = confirmPassword; }
}
