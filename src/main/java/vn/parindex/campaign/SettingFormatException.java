package vn.parindex.campaign;

import vn.parindex.common.RejectedException;

/** A setting's text (class bands, weights, reminder offsets) does not parse; the key says why. */
public class SettingFormatException extends RejectedException {

    public SettingFormatException(String key, Object... args) {
        super(key, key, args);
    }
}
