package vn.ungcuu.document.render;

import java.util.List;

/**
 * One line of words. A space after a word takes that word's style; the last line of a paragraph is never
 * stretched when justifying.
 */
record PdfLine(List<PdfWord> words, boolean last) {

    PdfLine {
        words = List.copyOf(words);
    }

    /** The width at normal spacing. */
    float width() {
        float width = 0;
        for (int i = 0; i < words.size(); i++) {
            width += words.get(i).width();
            if (i > 0) {
                width += words.get(i - 1).style().spaceWidth();
            }
        }
        return width;
    }
}
