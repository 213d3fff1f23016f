package vn.parindex.security;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import vn.parindex.common.SearchText;

/**
 * What a new password must be (ASVS V6.2, TCVN 14423:2026 for level 2): at least {@value #MIN_LENGTH} characters
 * without a second factor, {@value #MIN_LENGTH_WITH_SECOND_FACTOR} with one, at most {@value #MAX_LENGTH}; not in
 * the bundled list of common and breached passwords; not containing the user's own name, user name or the product's
 * name; letters and digits only when the province's setting asks for them. And temporary passwords that are.
 */
@Component
@RequiredArgsConstructor
public class PasswordPolicy {

    public static final int MIN_LENGTH = 14;
    public static final int MIN_LENGTH_WITH_SECOND_FACTOR = 8;
    /** BCrypt reads only the first 72 bytes; Vietnamese letters take two or three. */
    public static final int MAX_LENGTH = 64;
    /** The product's names, folded: "PAR Index", "Chỉ số CCHC". */
    static final List<String> PRODUCT_NAMES = List.of("parindex", "chisocchc", "cchc");
    // no I, l, O, 0 or 1: a temporary password is read off a screen or a sheet and typed in
    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final int TEMPORARY_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The rule a password failed: its message key (messages/security) and its reason in English (logs). */
    public enum Rule {
        TOO_SHORT("account.validation.password.tooShort", "has fewer than %s characters"),
        TOO_LONG("account.validation.password.tooLong", "has more than %s characters"),
        COMPOSITION("account.validation.password.composition", "needs letters and digits (the province's setting)"),
        COMMON("account.validation.password.common", "is in the list of common and breached passwords"),
        PERSONAL("account.validation.password.personal", "contains \"%s\" (a name, the user name or the product's name)");

        private final String key;
        private final String reason;

        Rule(String key, String reason) {
            this.key = key;
            this.reason = reason;
        }

        public String key() {
            return key;
        }
    }

    /** Why a password is refused, with what the message needs (the length, the word it contains). */
    public record Refusal(Rule rule, Object argument) {

        public String key() {
            return rule.key();
        }

        public Object[] arguments() {
            return argument == null ? new Object[0] : new Object[] {argument};
        }

        /** In English, for a log line or a start-up error. */
        public String reason() {
            return rule.reason.formatted(argument);
        }
    }

    private final CommonPasswords common;

    /**
     * The first rule the password fails, if any.
     *
     * @param hasSecondFactor the account logs in with a second factor too (then 8 characters are enough)
     * @param composition the province asks for letters and digits
     * @param username the account's user name, refused inside the password
     * @param fullName the account holder's name, refused inside the password
     */
    public Optional<Refusal> check(String password, boolean hasSecondFactor, boolean composition, String username,
                                   String fullName) {
        String given = password == null ? "" : password;
        int length = given.codePointCount(0, given.length());
        int minimum = hasSecondFactor ? MIN_LENGTH_WITH_SECOND_FACTOR : MIN_LENGTH;
        if (length < minimum) {
            return Optional.of(new Refusal(Rule.TOO_SHORT, minimum));
        }
        if (length > MAX_LENGTH) {
            return Optional.of(new Refusal(Rule.TOO_LONG, MAX_LENGTH));
        }
        if (composition && !(given.codePoints().anyMatch(Character::isLetter)
                && given.codePoints().anyMatch(Character::isDigit))) {
            return Optional.of(new Refusal(Rule.COMPOSITION, null));
        }
        if (common.contains(given)) {
            return Optional.of(new Refusal(Rule.COMMON, null));
        }
        String compact = compact(given);
        for (String word : ownWords(username, fullName)) {
            if (compact.contains(word)) {
                return Optional.of(new Refusal(Rule.PERSONAL, word));
            }
        }
        return Optional.empty();
    }

    /** How many passwords the bundled list holds. */
    public int listSize() {
        return common.size();
    }

    /** The full name, the user name and its parts of four or more characters with a letter, the product's names. */
    private static List<String> ownWords(String username, String fullName) {
        List<String> words = new ArrayList<>(PRODUCT_NAMES);
        String name = compact(fullName);
        if (name.length() >= 4) {
            words.add(name);
        }
        if (username != null) {
            String user = compact(username);
            if (user.length() >= 3) {
                words.add(user);
            }
            for (String part : username.split("[._\\-@\\s]+")) {
                String folded = compact(part);
                if (folded.length() >= 4 && folded.chars().anyMatch(Character::isLetter)) {
                    words.add(folded);
                }
            }
        }
        return words;
    }

    /** Lower case, without accents, spaces or punctuation: "Hồ Thị Mật" and "ho.thi-mat" both read "hothimat". */
    private static String compact(String text) {
        return text == null ? "" : SearchText.fold(text).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** A random password that meets the policy (also the province's composition setting). */
    public static String temporary() {
        String all = LETTERS + DIGITS;
        while (true) {
            char[] chars = new char[TEMPORARY_LENGTH];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = all.charAt(RANDOM.nextInt(all.length()));
            }
            // at least one letter and one digit, at random places
            int letterAt = RANDOM.nextInt(chars.length);
            int digitAt = (letterAt + 1 + RANDOM.nextInt(chars.length - 1)) % chars.length;
            chars[letterAt] = LETTERS.charAt(RANDOM.nextInt(LETTERS.length()));
            chars[digitAt] = DIGITS.charAt(RANDOM.nextInt(DIGITS.length()));
            String password = new String(chars);
            String folded = password.toLowerCase(java.util.Locale.ROOT);
            if (PRODUCT_NAMES.stream().noneMatch(folded::contains)) {
                return password;
            }
        }
    }
}
