package vn.parindex.survey;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Vietnamese phone numbers as people type them: spaces, dots, dashes and brackets are ignored, +84 / 84 becomes 0,
 * and a leading 0 that Excel dropped from a number cell is put back. Mobile numbers have 10 digits (03, 05, 07,
 * 08, 09); landlines 11 (02 + area code + number).
 */
public final class PhoneNumbers {

    private static final Pattern MOBILE = Pattern.compile("0[35789]\\d{8}");
    private static final Pattern LANDLINE = Pattern.compile("02\\d{9}");

    private PhoneNumbers() {
    }

    /** The number in its plain form (digits, leading 0), or empty if it is not a Vietnamese phone number. */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String digits = typed.replaceAll("[\\s.\\-()]", "");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() >= 11) {
            digits = "0" + digits.substring(2);
        } else if (!digits.startsWith("0") && (digits.length() == 9 || digits.length() == 10)) {
            digits = "0" + digits;
        }
        return MOBILE.matcher(digits).matches() || LANDLINE.matcher(digits).matches()
                ? Optional.of(digits) : Optional.empty();
    }
}
