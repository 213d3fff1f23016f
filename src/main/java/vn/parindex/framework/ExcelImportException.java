package vn.parindex.framework;

import java.util.List;

/** An Excel file that was refused, with every reason found. Nothing was written. */
public class ExcelImportException extends FrameworkException {

    private final transient List<ImportError> errors;

    public ExcelImportException(List<ImportError> errors) {
        super("framework.import.refused", errors.size());
        this.errors = List.copyOf(errors);
    }

    public List<ImportError> errors() {
        return errors;
    }
}
