package vn.ungcuu.document.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The pages of one PDF and a cursor going down them: A4 with the Decree 30 margins, a new page when the text
 * reaches the bottom margin, the page number at the top from page 2 on.
 */
final class PdfCanvas implements AutoCloseable {

    static final float MM = 72f / 25.4f;
    static final PDRectangle PAGE = PDRectangle.A4;
    static final float LEFT = 30 * MM;
    static final float RIGHT = PAGE.getWidth() - 15 * MM;
    static final float TOP = PAGE.getHeight() - 20 * MM;
    static final float BOTTOM = 20 * MM;
    static final float WIDTH = RIGHT - LEFT;
    /** The height a block can have at most: a whole page of text. */
    static final float PAGE_ROOM = TOP - BOTTOM;

    enum Align { LEFT, CENTRE, JUSTIFY }

    private static final float THIN = 0.5f;
    private static final float SLACK = 0.01f;
    private static final float PAGE_NUMBER_BASELINE = PAGE.getHeight() - 12.5f * MM;

    private final PDDocument document;
    private final PdfStyle pageNumberStyle;
    private PDPageContentStream content;
    private int pages;
    private float y;

    PdfCanvas(PDDocument document, PdfFonts fonts) {
        this.document = document;
        this.pageNumberStyle = fonts.regular(13);
        newPage();
    }

    /** The cursor: the top of what comes next. */
    float y() {
        return y;
    }

    int pages() {
        return pages;
    }

    void moveTo(float y) {
        this.y = y;
    }

    void down(float height) {
        y -= height;
    }

    boolean fits(float height) {
        return y - height >= BOTTOM - SLACK;
    }

    boolean atTop() {
        return y >= TOP - SLACK;
    }

    /** A new page unless the height fits here, or the page is still empty (a new one would not help). */
    void keep(float height) {
        if (!fits(height) && !atTop()) {
            newPage();
        }
    }

    void newPage() {
        closeContent();
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        pages++;
        y = TOP;
        try {
            content = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (pages > 1) {
            PdfLine number = new PdfLine(pageNumberStyle.words(Integer.toString(pages)), true);
            text(number, LEFT, WIDTH, Align.CENTRE, PAGE_NUMBER_BASELINE);
        }
    }

    /**
     * Lays the lines down from the cursor, each {@code leading} high, going on to a new page between lines when
     * needed; the first line starts {@code firstIndent} further right.
     */
    void flow(List<PdfLine> lines, float x, float width, float firstIndent, Align align, float leading) {
        for (int i = 0; i < lines.size(); i++) {
            keep(leading);
            float indent = i == 0 ? firstIndent : 0;
            text(lines.get(i), x + indent, width - indent, align, baseline(lines.get(i), y));
            y -= leading;
        }
    }

    /** The baseline of a line whose top is at {@code top}. */
    static float baseline(PdfLine line, float top) {
        float size = line.words().isEmpty() ? 0 : line.words().get(0).style().size();
        return top - size * PdfStyle.ASCENT;
    }

    /**
     * Draws one line. Justifying widens the spaces through the text positioning operator: a Type 0 font has no
     * single-byte space code, so the word spacing operator would not apply to it.
     */
    void text(PdfLine line, float x, float width, Align align, float baseline) {
        if (line.words().isEmpty()) {
            return;
        }
        float natural = line.width();
        float start = align == Align.CENTRE ? x + (width - natural) / 2 : x;
        int gaps = line.words().size() - 1;
        float extra = align == Align.JUSTIFY && !line.last() && gaps > 0 ? Math.max(0, (width - natural) / gaps) : 0;
        try {
            content.beginText();
            content.newLineAtOffset(start, baseline);
            showRuns(line.words(), extra);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Shows the words, one text array per run of the same style; each space is widened by {@code extra}. */
    private void showRuns(List<PdfWord> words, float extra) throws IOException {
        int i = 0;
        while (i < words.size()) {
            PdfStyle style = words.get(i).style();
            List<Object> run = new ArrayList<>();
            for (; i < words.size() && words.get(i).style().equals(style); i++) {
                run.add(words.get(i).text());
                if (i < words.size() - 1) {
                    run.add(" ");
                    if (extra > 0) {
                        // Thousandths of the font size; negative moves right.
                        run.add(-extra * 1000f / style.size());
                    }
                }
            }
            content.setFont(style.font(), style.size());
            content.showTextWithPositioning(run.toArray());
        }
    }

    /** A thin horizontal line. */
    void rule(float x1, float x2, float y) {
        try {
            content.setLineWidth(THIN);
            content.moveTo(x1, y);
            content.lineTo(x2, y);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A thin rectangle outline; {@code top} is its upper edge. */
    void box(float x, float top, float width, float height) {
        try {
            content.setLineWidth(THIN);
            content.addRect(x, top - height, width, height);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        closeContent();
    }

    private void closeContent() {
        if (content != null) {
            try {
                content.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            content = null;
        }
    }
}
