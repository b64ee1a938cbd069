package vn.ungcuu.incident;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The accent-insensitive form of text that {@code q} searches: lower case, Vietnamese diacritics removed
 * (đ becomes d), whitespace collapsed. "Mã ĐỘC" and "ma doc" have the same form.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return SPACES.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll(" ").trim()
                .toLowerCase(Locale.ROOT);
    }

    /** The LIKE pattern that finds the normalized query anywhere, with LIKE's wildcards escaped. */
    static String containsPattern(String normalizedQuery) {
        return "%" + normalizedQuery.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
