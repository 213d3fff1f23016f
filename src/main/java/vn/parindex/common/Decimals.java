package vn.parindex.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one way points, indices and percentages are shown: two decimals in the reader's language, "60,00" in
 * Vietnamese and "60.00" in English. Templates call it as {@code ${@decimals.format(x)}}.
 */
@Component("decimals")
public class Decimals {

    /** The value in the current request's language; empty for null. */
    public String format(BigDecimal value) {
        return format(value, LocaleContextHolder.getLocale());
    }

    public static String format(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(locale));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
