package vn.ungcuu.document.render;

import java.util.ArrayList;
import java.util.List;
import vn.ungcuu.document.render.AdministrativeDocument.Signature;
import vn.ungcuu.document.render.PdfCanvas.Align;

/**
 * The foot of the document: "Nơi nhận:" and its list on the left, the signature block on the right, kept
 * together on one page when they fit on one.
 */
final class PdfSignatureBlock {

    private static final String RECIPIENTS = "Nơi nhận:";
    private static final String DASH = "- ";
    /** Where a signer without a name yet writes it by hand. */
    private static final String BLANK_NAME = "……………………";
    private static final float LEFT_SHARE = 0.45f;
    private static final float SIGNATURE_SPACE = 25 * PdfCanvas.MM;
    private static final float SPACE_BEFORE = 12;

    private final PdfCanvas canvas;
    private final PdfFonts fonts;

    PdfSignatureBlock(PdfCanvas canvas, PdfFonts fonts) {
        this.canvas = canvas;
        this.fonts = fonts;
    }

    void draw(List<String> recipients, Signature signature) {
        float leftWidth = PdfCanvas.WIDTH * LEFT_SHARE;
        float rightX = PdfCanvas.LEFT + leftWidth;
        float rightWidth = PdfCanvas.WIDTH - leftWidth;
        PdfStyle label = fonts.boldItalic(12);
        PdfStyle item = fonts.regular(11);
        PdfStyle bold = fonts.bold(14);

        float hang = item.width(DASH);
        List<List<PdfLine>> listed = new ArrayList<>();
        int listedLines = 0;
        for (String recipient : recipients) {
            listed.add(PdfLineBreaker.wrap(item.words(DASH + recipient.strip()), leftWidth, leftWidth - hang));
            listedLines += listed.get(listed.size() - 1).size();
        }
        List<PdfLine> titles = new ArrayList<>();
        for (String title : signature.titleLines()) {
            titles.addAll(PdfLineBreaker.balanced(bold.words(PdfText.upper(title)), rightWidth));
        }
        String name = PdfText.isBlank(signature.name()) ? BLANK_NAME : signature.name();
        List<PdfLine> names = PdfLineBreaker.balanced(bold.words(name), rightWidth);

        float leftHeight = recipients.isEmpty() ? 0 : label.singleLine() + listedLines * item.singleLine();
        float rightHeight = (titles.size() + names.size()) * bold.singleLine() + SIGNATURE_SPACE;
        canvas.down(SPACE_BEFORE);
        canvas.keep(Math.max(leftHeight, rightHeight));

        float top = canvas.y();
        float rightBottom = column(titles, rightX, rightWidth, top, bold);
        rightBottom = column(names, rightX, rightWidth, rightBottom - SIGNATURE_SPACE, bold);
        if (!recipients.isEmpty()) {
            int page = canvas.pages();
            canvas.flow(PdfLineBreaker.wrap(label.words(RECIPIENTS), leftWidth, leftWidth), PdfCanvas.LEFT,
                    leftWidth, 0, Align.LEFT, label.singleLine());
            // A list longer than a page may go on over the next; the signature stays with its start.
            for (List<PdfLine> lines : listed) {
                // Hanging indent: a wrapped recipient continues under its text, not under the dash.
                canvas.flow(lines, PdfCanvas.LEFT + hang, leftWidth - hang, -hang, Align.LEFT, item.singleLine());
            }
            if (canvas.pages() == page) {
                canvas.moveTo(Math.min(canvas.y(), rightBottom));
            }
        } else {
            canvas.moveTo(rightBottom);
        }
    }

    /** Centred lines from {@code top} down, on this page; the y under them. */
    private float column(List<PdfLine> lines, float x, float width, float top, PdfStyle style) {
        float y = top;
        for (PdfLine line : lines) {
            canvas.text(line, x, width, Align.CENTRE, PdfCanvas.baseline(line, y));
            y -= style.singleLine();
        }
        return y;
    }
}
