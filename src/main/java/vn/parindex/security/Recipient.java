package vn.parindex.security;

import java.util.Locale;

/** Somebody a mail goes to, in their own language. */
public record Recipient(String email, String name, Locale locale) {
}
