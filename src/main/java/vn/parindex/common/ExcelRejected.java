package vn.parindex.common;

/** An uploaded spreadsheet that cannot be read at all: the reason is a message key with arguments. */
public class ExcelRejected extends RejectedException {

    public ExcelRejected(String key, Object... args) {
        super(key, key, args);
    }
}
