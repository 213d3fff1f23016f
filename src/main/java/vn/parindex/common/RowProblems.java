package vn.parindex.common;

import java.util.List;

import jakarta.validation.ConstraintViolation;

import org.springframework.context.MessageSourceResolvable;

/** Collects the problems of one row of an imported sheet into the sheet's list, each naming its column. */
public record RowProblems(ExcelTable table, int row, List<ImportProblem> all) {

    public void add(String columnId, MessageSourceResolvable reason) {
        all.add(table.problem(row, columnId, reason));
    }

    public void add(String columnId, String key, Object... args) {
        all.add(table.problem(row, columnId, key, args));
    }

    public void add(ConstraintViolation<?> violation) {
        all.add(table.problem(row, violation));
    }

    /** Whether this row already has a problem in the column. */
    public boolean has(String columnId) {
        String letter = table.letter(columnId);
        return all.stream().anyMatch(p -> p.row() == row && p.columnLetter().equals(letter));
    }
}
