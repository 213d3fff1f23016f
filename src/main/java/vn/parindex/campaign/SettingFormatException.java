package vn.parindex.campaign;

/** A setting's text (class bands, weights, reminder offsets) does not parse; the code says why. */
public class SettingFormatException extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    public SettingFormatException(String code, Object... args) {
        super(code);
        this.code = code;
        this.args = args;
    }

    public String getCode() {
        return code;
    }

    public Object[] getArgs() {
        return args;
    }
}
