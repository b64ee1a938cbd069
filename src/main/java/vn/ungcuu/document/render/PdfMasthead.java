package vn.ungcuu.document.render;

import static vn.ungcuu.document.render.PdfText.isBlank;
import static vn.ungcuu.document.render.PdfText.upper;

import java.util.List;
import vn.ungcuu.document.render.PdfCanvas.Align;

/**
 * The top of the first page: the issuer and the national motto side by side, the number and the place and date
 * on one baseline under them, then the document type, the subject and "Kính gửi:".
 */
final class PdfMasthead {

    private static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    private static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    private static final String TO = "Kính gửi:";
    private static final float LEFT_SHARE = 0.4f;
    /** Space kept free on each side of a column's text, so the two columns never touch. */
    private static final float GUTTER = 4;
    private static final float SIZE = 14;
    private static final float SMALL = 13;

    private final PdfCanvas canvas;
    private final PdfFonts fonts;

    PdfMasthead(PdfCanvas canvas, PdfFonts fonts) {
        this.canvas = canvas;
        this.fonts = fonts;
    }

    void draw(AdministrativeDocument document) {
        header(document);
        title(document);
        addressees(document.addressees());
    }

    private void header(AdministrativeDocument document) {
        float leftWidth = PdfCanvas.WIDTH * LEFT_SHARE;
        Column left = new Column(PdfCanvas.LEFT, leftWidth, canvas.y());
        Column right = new Column(PdfCanvas.LEFT + leftWidth, PdfCanvas.WIDTH - leftWidth, canvas.y());

        if (!isBlank(document.governingBody())) {
            left.add(upper(document.governingBody()), fonts.regular(SMALL));
        }
        left.add(upper(document.issuer()), fonts.bold(SMALL));
        left.ruleUnder(left.width / 3, SMALL);
        left.skip(fonts.regular(SMALL).singleLine());

        right.add(NATION, fonts.bold(SMALL));
        List<PdfLine> motto = right.add(MOTTO, fonts.bold(SIZE));
        right.ruleUnder(motto.isEmpty() ? 0 : widest(motto), SIZE);
        right.skip(fonts.regular(SIZE).singleLine());

        // The number and the place and date share a baseline, as in printed documents.
        float baseline = Math.min(left.y - SMALL * PdfStyle.ASCENT, right.y - SIZE * PdfStyle.ASCENT);
        left.y = baseline + SMALL * PdfStyle.ASCENT;
        right.y = baseline + SIZE * PdfStyle.ASCENT;
        left.add(List.of(fonts.regular(SMALL).word(document.number())), fonts.regular(SMALL));
        right.add(document.placeAndDate(), fonts.italic(SIZE));
        canvas.moveTo(Math.min(left.y, right.y));
    }

    private void title(AdministrativeDocument document) {
        PdfStyle bold = fonts.bold(SIZE);
        canvas.down(bold.singleLine());
        centred(document.documentType(), bold);
        centred(document.subject(), bold);
    }

    private void addressees(List<String> addressees) {
        if (addressees.isEmpty()) {
            return;
        }
        PdfStyle style = fonts.regular(SIZE);
        canvas.down(style.singleLine() / 2);
        if (addressees.size() == 1) {
            centred(TO + " " + addressees.get(0), style);
            return;
        }
        // Several: the label, then the addressees one under the other, the block centred as a whole.
        float label = style.width(TO) + style.spaceWidth();
        float widest = 0;
        for (String addressee : addressees) {
            widest = Math.max(widest, style.width(style.printable(listed(addressee))));
        }
        float x = PdfCanvas.LEFT + Math.max(0, (PdfCanvas.WIDTH - label - widest) / 2);
        float names = x + label;
        canvas.keep(style.singleLine());
        canvas.text(new PdfLine(style.words(TO), true), x, label, Align.LEFT,
                canvas.y() - SIZE * PdfStyle.ASCENT);
        float width = PdfCanvas.RIGHT - names;
        for (String addressee : addressees) {
            canvas.flow(PdfLineBreaker.wrap(style.words(listed(addressee)), width, width), names, width, 0,
                    Align.LEFT, style.singleLine());
        }
    }

    /** "- name;" unless the name already ends its sentence. */
    private static String listed(String addressee) {
        String name = addressee.strip();
        return "- " + name + (name.endsWith(";") || name.endsWith(".") ? "" : ";");
    }

    private void centred(String text, PdfStyle style) {
        canvas.flow(PdfLineBreaker.balanced(style.words(text), PdfCanvas.WIDTH), PdfCanvas.LEFT,
                PdfCanvas.WIDTH, 0, Align.CENTRE, style.singleLine());
    }

    private static float widest(List<PdfLine> lines) {
        float widest = 0;
        for (PdfLine line : lines) {
            widest = Math.max(widest, line.width());
        }
        return widest;
    }

    /** One column of the header: centred lines, single spaced, from its own cursor down. */
    private final class Column {
        final float x;
        final float width;
        float y;
        float lastBaseline;

        Column(float x, float width, float y) {
            this.x = x + GUTTER;
            this.width = width - 2 * GUTTER;
            this.y = y;
        }

        List<PdfLine> add(String text, PdfStyle style) {
            return add(style.words(text), style);
        }

        List<PdfLine> add(List<PdfWord> words, PdfStyle style) {
            List<PdfLine> lines = PdfLineBreaker.balanced(words, width);
            for (PdfLine line : lines) {
                lastBaseline = PdfCanvas.baseline(line, y);
                canvas.text(line, x, width, Align.CENTRE, lastBaseline);
                y -= style.singleLine();
            }
            return lines;
        }

        /** A rule of the given length, centred, just under the descenders of the last line. */
        void ruleUnder(float length, float size) {
            float ruleY = lastBaseline - size * 0.4f;
            canvas.rule(x + (width - length) / 2, x + (width + length) / 2, ruleY);
            y = Math.min(y, ruleY);
        }

        void skip(float height) {
            y -= height;
        }
    }
}
