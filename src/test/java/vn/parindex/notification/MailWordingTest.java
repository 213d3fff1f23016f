package vn.parindex.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.parindex.IntegrationTest;

/** What an overdue or reminder mail says: days with the right plural. */
@IntegrationTest
class MailWordingTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    MailTemplates templates;

    @Test
    void daysOverdueAndDaysLeftTakeTheRightPlural() {
        assertThat(templates.render(MailKind.OVERDUE, mail("selfAssess", -1), "A", Locale.ENGLISH, Instant.now())
                .html()).contains("(1 day overdue)");
        assertThat(templates.render(MailKind.OVERDUE, mail("selfAssess", -2), "A", Locale.ENGLISH, Instant.now())
                .html()).contains("(2 days overdue)");
        assertThat(templates.render(MailKind.OVERDUE, mail("selfAssess", -1), "A", VI, Instant.now())
                .html()).contains("(đã quá 1 ngày)");
        assertThat(templates.render(MailKind.REMINDER, mail("selfAssess", 1), "A", Locale.ENGLISH, Instant.now())
                .html()).contains(">1 day<");
        assertThat(templates.render(MailKind.REMINDER, mail("selfAssess", 3), "A", Locale.ENGLISH, Instant.now())
                .html()).contains(">3 days<");
        assertThat(templates.render(MailKind.REMINDER, mail("selfAssess", 1), "A", VI, Instant.now())
                .html()).contains(">1 ngày<");
    }

    private static DeadlineMail mail(String taskKey, long daysLeft) {
        return new DeadlineMail("Chỉ số CCHC 2026", "UBND tỉnh", "Sở Tư pháp", taskKey, "milestone.RESPONDENT_LIST",
                LocalDate.of(2026, 11, 16), daysLeft, "https://cchc.example.vn/tasks", "uid@parindex");
    }
}
