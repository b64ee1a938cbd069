package vn.ungcuu.document.render;

import java.util.ArrayList;
import java.util.List;
import vn.ungcuu.document.render.AdministrativeDocument.Block;
import vn.ungcuu.document.render.AdministrativeDocument.Field;
import vn.ungcuu.document.render.AdministrativeDocument.Heading;
import vn.ungcuu.document.render.AdministrativeDocument.Paragraph;
import vn.ungcuu.document.render.AdministrativeDocument.Table;
import vn.ungcuu.document.render.PdfCanvas.Align;

/** The content: headings, justified paragraphs with a first-line indent, fields, tables, then the provenance. */
final class PdfBody {

    private static final float SIZE = 14;
    private static final float LINE_SPACING = 1.15f;
    private static final float AFTER_PARAGRAPH = 6;
    private static final float AFTER_TABLE = 12;
    private static final float INDENT = 10 * PdfCanvas.MM;
    private static final float PROVENANCE_SIZE = 11;

    private final PdfCanvas canvas;
    private final PdfFonts fonts;
    private final PdfTableLayout tables;

    PdfBody(PdfCanvas canvas, PdfFonts fonts) {
        this.canvas = canvas;
        this.fonts = fonts;
        this.tables = new PdfTableLayout(canvas, fonts);
    }

    void draw(List<Block> blocks) {
        canvas.down(fonts.regular(SIZE).singleLine() / 2);
        for (Block block : blocks) {
            if (block instanceof Heading heading) {
                // Kept with the first line of what follows, so a heading never ends a page.
                canvas.keep(2 * leading());
                paragraph(fonts.bold(SIZE).words(heading.text()));
            } else if (block instanceof Paragraph paragraph) {
                for (String part : PdfText.lines(paragraph.text())) {
                    paragraph(fonts.regular(SIZE).words(part));
                }
            } else if (block instanceof Field field) {
                field(field);
            } else if (block instanceof Table table) {
                tables.draw(table);
                canvas.down(AFTER_TABLE);
            }
        }
    }

    void provenance(String provenance) {
        if (PdfText.isBlank(provenance)) {
            return;
        }
        PdfStyle italic = fonts.italic(PROVENANCE_SIZE);
        canvas.down(AFTER_PARAGRAPH);
        for (String part : PdfText.lines(provenance)) {
            canvas.flow(PdfLineBreaker.wrap(italic.words(part), PdfCanvas.WIDTH, PdfCanvas.WIDTH), PdfCanvas.LEFT,
                    PdfCanvas.WIDTH, 0, Align.LEFT, italic.singleLine());
        }
    }

    /** The label in bold, then the value; each further line of the value starts a line of its own. */
    private void field(Field field) {
        List<String> values = PdfText.lines(field.value());
        List<PdfWord> first = new ArrayList<>();
        if (!PdfText.isBlank(field.label())) {
            String label = field.label().strip();
            first.addAll(fonts.bold(SIZE).words(label.endsWith(":") ? label : label + ":"));
        }
        if (!values.isEmpty()) {
            first.addAll(fonts.regular(SIZE).words(values.get(0)));
        }
        justified(first, INDENT);
        for (String value : values.subList(Math.min(1, values.size()), values.size())) {
            justified(fonts.regular(SIZE).words(value), INDENT);
        }
        canvas.down(AFTER_PARAGRAPH);
    }

    private void paragraph(List<PdfWord> words) {
        if (justified(words, INDENT)) {
            canvas.down(AFTER_PARAGRAPH);
        }
    }

    private boolean justified(List<PdfWord> words, float indent) {
        List<PdfLine> lines = PdfLineBreaker.wrap(words, PdfCanvas.WIDTH - indent, PdfCanvas.WIDTH);
        canvas.flow(lines, PdfCanvas.LEFT, PdfCanvas.WIDTH, indent, Align.JUSTIFY, leading());
        return !lines.isEmpty();
    }

    private float leading() {
        return fonts.regular(SIZE).singleLine() * LINE_SPACING;
    }
}
