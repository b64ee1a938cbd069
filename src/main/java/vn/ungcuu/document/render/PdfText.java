package vn.ungcuu.document.render;

import java.util.List;
import java.util.Locale;

/** Small text rules shared by the parts of the PDF layout. */
final class PdfText {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private PdfText() {
    }

    static String upper(String text) {
        return text.toUpperCase(VIETNAMESE);
    }

    /** Null, empty or only white space: an optional text left out. */
    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** The non-blank lines of a text; a null text has none. */
    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().filter(line -> !line.isBlank()).toList();
    }
}
