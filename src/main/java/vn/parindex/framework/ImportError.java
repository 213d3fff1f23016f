package vn.parindex.framework;

import org.springframework.context.MessageSourceResolvable;

/**
 * One reason an Excel file was refused: the row (as Excel numbers it; null for the file as a whole), the
 * column header (null for the row as a whole) and the reason. Resolved, it reads
 * "Dòng 7, cột Điểm tối đa: 'abc' không phải là số".
 */
public record ImportError(Integer row, String column, MessageSourceResolvable reason) implements MessageSourceResolvable {

    @Override
    public String[] getCodes() {
        if (row == null) {
            return new String[] {"framework.import.fileError"};
        }
        return new String[] {column == null ? "framework.import.rowError" : "framework.import.cellError"};
    }

    @Override
    public Object[] getArguments() {
        if (row == null) {
            return new Object[] {reason};
        }
        // the row as text: MessageFormat would print 1234 as "1.234"
        return column == null ? new Object[] {String.valueOf(row), reason}
                : new Object[] {String.valueOf(row), column, reason};
    }

    @Override
    public String getDefaultMessage() {
        return "row " + row + ", column " + column + ": " + String.join(",", reason.getCodes());
    }
}
