package vn.parindex.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler that sends data out as a file (an Excel or PDF export, an evidence file, a password sheet):
 * each successful download is written to the audit log with the user, the path and this description.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Export {

    /** What leaves, in a few words, e.g. "respondent lists (names, phones)". */
    String value();
}
