package vn.parindex.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import vn.parindex.IntegrationTest;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.agency.OrganiserRepository;
import vn.parindex.security.Role;
import vn.parindex.security.TwoFactorSettings;
import vn.parindex.security.UserAccounts;

/**
 * Two-factor login in a real (headless) Chromium, with the codes an authenticator app would show computed by the
 * TOTP library from the secret the page shows: an organiser is sent to enrol, enrols, logs in with a code, a wrong
 * code is refused, a recovery code works once, and a remembered browser skips the code.
 */
@IntegrationTest
class TwoFactorBrowserTest extends BrowserTest {

    static final String PASSWORD = "HaiLop2026TrinhDuyet";

    @Autowired
    TwoFactorSettings settings;
    @Autowired
    UserAccounts accounts;
    @Autowired
    OrganiserRepository organisers;
    @Autowired
    AgencyRepository agencies;

    Set<Role> requiredRoles;
    int rememberDays;

    @AfterEach
    void restoreSettings() {
        if (requiredRoles != null) {
            settings.setRequiredRoles(requiredRoles);
            settings.setRememberDeviceDays(rememberDays);
        }
    }

    @Test
    void anOrganiserEnrolsAnAuthenticatorAndLogsInWithItsCodes() throws Exception {
        requiredRoles = settings.getRequiredRoles();
        rememberDays = settings.getRememberDeviceDays();
        settings.setRequiredRoles(EnumSet.of(Role.ADMIN, Role.ORGANISER));
        settings.setRememberDeviceDays(7);
        String username = "t.mfa.browser." + System.nanoTime();
        accounts.create(username, "Trần Thị Hai Lớp", username + "@demo.parindex.vn",
                organisers.findByCode("AH").orElseThrow(), agencies.findByCode("AH-SNV").orElseThrow(),
                EnumSet.of(Role.ORGANISER), PASSWORD, false);

        // the password alone leads to the enrolment, and nowhere else
        browser.logIn(username, PASSWORD);
        assertThat(browser.path()).isEqualTo("/account/two-factor");
        browser.open("/campaigns");
        assertThat(browser.path()).isEqualTo("/account/two-factor");
        assertThat(browser.text()).contains("bắt buộc xác thực hai lớp");
        browser.clickAndWaitForPage(browser.button("Thiết lập xác thực hai lớp"));
        WebElement qr = browser.find(By.cssSelector("#enrolment img"));
        assertThat(((Number) browser.driver().executeScript("return arguments[0].naturalWidth", qr)).intValue())
                .as("the QR code is drawn").isGreaterThan(100);
        String secret = browser.find(By.id("totp-secret")).getText().replace(" ", "");
        assertThat(secret).matches("[A-Z2-7]{32}");
        browser.screenshotOnLaptopAndPhone("two-factor-enrolment");
        long enrolStep = steadyStep();
        browser.type(By.id("code"), code(secret, enrolStep));
        browser.clickAndWaitForPage(browser.button("Xác nhận"));
        List<String> recoveryCodes = browser.driver().findElements(By.className("recovery-code")).stream()
                .map(WebElement::getText).toList();
        assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates();
        assertThat(browser.text()).contains("Đã bật xác thực hai lớp");
        browser.screenshot("two-factor-recovery-codes");
        browser.open("/campaigns");
        assertThat(browser.path()).isEqualTo("/campaigns");
        browser.logOut("Đăng xuất");

        // password, then a wrong code, then the right one
        browser.logIn(username, PASSWORD);
        assertThat(browser.path()).isEqualTo("/login/two-factor");
        browser.open("/campaigns");
        assertThat(browser.path()).isEqualTo("/login");
        browser.open("/login/two-factor");
        browser.type(By.id("code"), wrong(secret));
        browser.clickAndWaitForPage(browser.button("Tiếp tục"));
        assertThat(browser.find(By.id("code-refused")).getText()).contains("Mã không đúng");
        browser.screenshotOnLaptopAndPhone("two-factor-wrong-code");
        browser.type(By.id("code"), code(secret, enrolStep + 1));
        browser.clickAndWaitForPage(browser.button("Tiếp tục"));
        assertThat(browser.path()).doesNotStartWith("/login");
        assertThat(browser.text()).contains("Trần Thị Hai Lớp");
        browser.logOut("Đăng xuất");

        // a recovery code works once
        browser.logIn(username, PASSWORD);
        browser.type(By.id("code"), recoveryCodes.get(0));
        browser.clickAndWaitForPage(browser.button("Tiếp tục"));
        assertThat(browser.path()).doesNotStartWith("/login");
        browser.logOut("Đăng xuất");
        browser.logIn(username, PASSWORD);
        browser.type(By.id("code"), recoveryCodes.get(0));
        browser.clickAndWaitForPage(browser.button("Tiếp tục"));
        assertThat(browser.find(By.id("code-refused")).getText()).contains("Mã dự phòng này đã được dùng");
        assertThat(browser.path()).isEqualTo("/login/two-factor");

        // another recovery code, and this browser is remembered for seven days
        browser.type(By.id("code"), recoveryCodes.get(1));
        browser.click(browser.find(By.id("remember")));
        browser.clickAndWaitForPage(browser.button("Tiếp tục"));
        assertThat(browser.path()).doesNotStartWith("/login");
        browser.logOut("Đăng xuất");
        browser.logIn(username, PASSWORD);
        assertThat(browser.path()).as("a remembered browser skips the code").doesNotStartWith("/login");
        assertThat(browser.text()).contains("Trần Thị Hai Lớp");
        assertThat(browser.overflows()).as("pages wider than their window").isEmpty();
    }

    /** The current 30-second step, once at least three seconds of it are left. */
    private static long steadyStep() throws InterruptedException {
        while (30 - Instant.now().getEpochSecond() % 30 < 3) {
            Thread.sleep(500);
        }
        return Instant.now().getEpochSecond() / 30;
    }

    private static String code(String secret, long step) throws Exception {
        return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
    }

    /** Six digits that are none of the codes around now. */
    private static String wrong(String secret) throws Exception {
        long now = Instant.now().getEpochSecond() / 30;
        for (int candidate = 1; ; candidate++) {
            String code = String.format("%06d", candidate * 104_729 % 1_000_000);
            boolean real = false;
            for (long step = now - 12; step <= now + 12; step++) {
                real |= code.equals(code(secret, step));
            }
            if (!real) {
                return code;
            }
        }
    }
}
