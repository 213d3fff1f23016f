package vn.parindex.campaign;

import java.math.BigDecimal;
import java.util.List;

/**
 * The classes of a campaign, best first, each with its lower bound (included): "A:90;B:80;C:70;D:0" means
 * A from 90.00, B from 80.00 to below 90, … The bounds descend strictly and the last is 0, so every index
 * from 0 to 100 has exactly one class.
 */
public record ClassBands(List<Band> bands) {

    public record Band(String label, BigDecimal minimum) {
    }

    public static ClassBands parse(String text) {
        List<LabelledValues.Entry> entries = LabelledValues.parse(text);
        for (int i = 1; i < entries.size(); i++) {
            LabelledValues.Entry previous = entries.get(i - 1);
            LabelledValues.Entry entry = entries.get(i);
            if (entry.value().compareTo(previous.value()) >= 0) {
                throw new SettingFormatException("campaign.settings.error.bandsNotDescending", entry.label(),
                        plain(entry.value()), previous.label(), plain(previous.value()));
            }
        }
        LabelledValues.Entry last = entries.get(entries.size() - 1);
        if (last.value().signum() != 0) {
            throw new SettingFormatException("campaign.settings.error.lastBandNotZero", last.label(), plain(last.value()));
        }
        return new ClassBands(entries.stream().map(e -> new Band(e.label(), e.value())).toList());
    }

    /** The class of an index (0–100, already rounded): the first band whose lower bound it reaches. */
    public String classOf(BigDecimal index) {
        for (Band band : bands) {
            if (index.compareTo(band.minimum()) >= 0) {
                return band.label();
            }
        }
        return bands.get(bands.size() - 1).label();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
