package vn.parindex.common;

import java.util.Comparator;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;

/** What is wrong with one cell of an imported sheet: row, column (letter and label key) and why. */
public record ImportProblem(int row, String columnLetter, String columnLabelKey, MessageSourceResolvable reason) {

    /** As a person reads the sheet: row by row, left to right. */
    public static final Comparator<ImportProblem> ORDER = Comparator.comparingInt(ImportProblem::row)
            .thenComparingInt(problem -> problem.columnLetter().length())
            .thenComparing(ImportProblem::columnLetter);

    /** "Dòng 5, cột C (Loại): …" in the given language. */
    public String describe(MessageSource messages, Locale locale) {
        String column = columnLabelKey == null ? "" : messages.getMessage(columnLabelKey, null, locale);
        return messages.getMessage("agency.import.problem",
                new Object[] {row, columnLetter, column, messages.getMessage(reason, locale)}, locale);
    }
}
