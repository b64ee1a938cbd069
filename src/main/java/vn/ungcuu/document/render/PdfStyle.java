package vn.ungcuu.document.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** A font at a size: makes model text printable, measures it and cuts it into words. */
record PdfStyle(PDType0Font font, float size) {

    /** Liberation Serif's ascent and its single line height (ascent + descent + gap), per unit of size. */
    static final float ASCENT = 0.891f;
    static final float SINGLE_LINE = 1.149f;

    private static final char MISSING = '?';

    /** The height of one line at single spacing. */
    float singleLine() {
        return size * SINGLE_LINE;
    }

    /**
     * The text in NFC (Vietnamese typed on some phones arrives decomposed) with white space made plain spaces and
     * every visible character the font lacks replaced, so that nothing the model holds can make the writer fail.
     */
    String printable(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        CmapLookup cmap = font.getCmapLookup();
        StringBuilder out = new StringBuilder(nfc.length());
        nfc.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                out.append(' ');
            } else if (cmap.getGlyphId(c) != 0) {
                out.appendCodePoint(c);
            } else if (!isInvisible(c)) {
                out.append(MISSING);
            }
        });
        return out.toString();
    }

    /** A byte order mark, a soft hyphen, an emoji's variation selector: nothing to show, so nothing to replace. */
    private static boolean isInvisible(int c) {
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /** The width in points of a printable text. */
    float width(String printable) {
        try {
            return font.getStringWidth(printable) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float spaceWidth() {
        return width(" ");
    }

    /** The whole text as one word, its spaces kept (the blank for the number in "Số:       /BC-UBND"). */
    PdfWord word(String text) {
        String printable = printable(text.strip());
        return new PdfWord(printable, this, width(printable));
    }

    /** The words of a model text, in this style. */
    List<PdfWord> words(String text) {
        List<PdfWord> words = new ArrayList<>();
        for (String word : printable(text).split(" ")) {
            if (!word.isEmpty()) {
                words.add(new PdfWord(word, this, width(word)));
            }
        }
        return words;
    }
}
