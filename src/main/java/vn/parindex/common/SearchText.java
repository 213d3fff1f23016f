package vn.parindex.common;

import java.text.Normalizer;
import java.util.Locale;

/** Folds Vietnamese text for searching: "Hà Nội" and "ha noi" fold to the same key. */
public final class SearchText {

    private SearchText() {
    }

    public static String fold(String... parts) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                joined.append(part).append(' ');
            }
        }
        String decomposed = Normalizer.normalize(joined.toString().trim(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        // đ/Đ do not decompose into d + mark
        return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
