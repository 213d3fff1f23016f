package vn.parindex.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;

/**
 * An imported sheet that was not saved, as every import checks all rows before it writes any: the problems of the
 * sheet as a whole and those of each row and column (as a person reads the sheet: row by row, left to right).
 */
public class SheetRejected extends RuntimeException {

    private final transient List<ImportProblem> problems;
    private final transient List<MessageSourceResolvable> general;

    public SheetRejected(List<ImportProblem> problems) {
        this(problems, List.of());
    }

    public SheetRejected(List<ImportProblem> problems, List<MessageSourceResolvable> general) {
        super(problems.size() + general.size() + " problems in the sheet");
        this.problems = problems.stream().sorted(ImportProblem.ORDER).toList();
        this.general = general;
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    public List<MessageSourceResolvable> general() {
        return general;
    }

    /** The sheet's own problems first, then row by row, in the user's language. */
    public List<String> describe(MessageSource messages, Locale locale) {
        List<String> lines = new ArrayList<>();
        general.forEach(reason -> lines.add(messages.getMessage(reason, locale)));
        problems.forEach(problem -> lines.add(problem.describe(messages, locale)));
        return lines;
    }
}
