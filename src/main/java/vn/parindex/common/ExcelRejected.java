package vn.parindex.common;

/** An uploaded spreadsheet that cannot be read at all: the reason is a message key with arguments. */
public class ExcelRejected extends Exception {

    private final String key;
    private final transient Object[] args;

    public ExcelRejected(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args;
    }
}
