package vn.parindex.security;

import java.security.SecureRandom;

/** What a password must be (8 or more characters, letters and digits), and temporary passwords that are. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    /** BCrypt reads only the first 72 bytes; Vietnamese letters take two or three. */
    public static final int MAX_LENGTH = 64;
    // no I, l, O, 0 or 1: a temporary password is read off a screen or a sheet and typed in
    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final int TEMPORARY_LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {
    }

    public static boolean acceptable(String password) {
        return password != null && password.length() >= MIN_LENGTH && password.length() <= MAX_LENGTH
                && password.codePoints().anyMatch(Character::isLetter)
                && password.codePoints().anyMatch(Character::isDigit);
    }

    /** A random password that meets the policy. */
    public static String temporary() {
        String all = LETTERS + DIGITS;
        char[] chars = new char[TEMPORARY_LENGTH];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = all.charAt(RANDOM.nextInt(all.length()));
        }
        // at least one letter and one digit, at random places
        int letterAt = RANDOM.nextInt(chars.length);
        int digitAt = (letterAt + 1 + RANDOM.nextInt(chars.length - 1)) % chars.length;
        chars[letterAt] = LETTERS.charAt(RANDOM.nextInt(LETTERS.length()));
        chars[digitAt] = DIGITS.charAt(RANDOM.nextInt(DIGITS.length()));
        return new String(chars);
    }
}
