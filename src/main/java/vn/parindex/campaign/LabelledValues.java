package vn.parindex.campaign;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Parses "A:90;B:80;C:70;D:0": labelled numbers 0–100, separated by semicolons, labels distinct. */
final class LabelledValues {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    record Entry(String label, BigDecimal value) {
    }

    private LabelledValues() {
    }

    static List<Entry> parse(String text) {
        if (text == null || text.isBlank()) {
            throw new SettingFormatException("campaign.settings.error.empty");
        }
        List<Entry> entries = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        int position = 0;
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            position++;
            String[] pieces = part.split(":", -1);
            if (pieces.length != 2) {
                throw new SettingFormatException("campaign.settings.error.entryFormat", position, part.trim());
            }
            String label = pieces[0].trim();
            if (label.isEmpty()) {
                throw new SettingFormatException("campaign.settings.error.labelEmpty", position, part.trim());
            }
            if (!labels.add(label.toLowerCase(Locale.ROOT))) {
                throw new SettingFormatException("campaign.settings.error.labelTwice", label);
            }
            BigDecimal value = number(pieces[1], position, part.trim());
            if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
                throw new SettingFormatException("campaign.settings.error.outOfRange", label, pieces[1].trim());
            }
            entries.add(new Entry(label, value));
        }
        if (entries.isEmpty()) {
            throw new SettingFormatException("campaign.settings.error.empty");
        }
        return entries;
    }

    private static BigDecimal number(String text, int position, String part) {
        try {
            // Vietnamese writes 72,5 for 72.5
            return new BigDecimal(text.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new SettingFormatException("campaign.settings.error.notNumber", position, part);
        }
    }

    static String format(List<Entry> entries) {
        StringBuilder text = new StringBuilder();
        for (Entry entry : entries) {
            if (!text.isEmpty()) {
                text.append(';');
            }
            text.append(entry.label()).append(':').append(entry.value().stripTrailingZeros().toPlainString());
        }
        return text.toString();
    }
}
