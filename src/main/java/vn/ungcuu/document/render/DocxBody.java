package vn.ungcuu.document.render;

import java.util.List;

import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import vn.ungcuu.document.render.AdministrativeDocument.Block;
import vn.ungcuu.document.render.AdministrativeDocument.Field;
import vn.ungcuu.document.render.AdministrativeDocument.Heading;
import vn.ungcuu.document.render.AdministrativeDocument.Paragraph;
import vn.ungcuu.document.render.AdministrativeDocument.Table;
import vn.ungcuu.document.render.DocxText.Face;

/** The content: headings, paragraphs, "label: value" fields and bordered tables, then the provenance note. */
final class DocxBody {

    private static final int POINTS = 14;
    private static final int TABLE_POINTS = 13;
    private static final double LINE_SPACING = 1.15;
    private static final int AFTER = 120;
    /** Cell padding, left and right, and above and below. */
    private static final int CELL_SIDE = DocxText.mm(1.5);
    private static final int CELL_TOP = DocxText.mm(0.5);

    private DocxBody() {
    }

    static void add(XWPFDocument document, List<Block> body, String provenance) {
        for (Block block : body) {
            if (block instanceof Heading heading) {
                heading(document, heading);
            } else if (block instanceof Paragraph paragraph) {
                paragraphs(document, paragraph);
            } else if (block instanceof Field field) {
                field(document, field);
            } else if (block instanceof Table table) {
                table(document, table);
            }
        }
        if (!DocxText.isBlank(provenance)) {
            XWPFParagraph note = document.createParagraph();
            note.setAlignment(ParagraphAlignment.LEFT);
            note.setSpacingBefore(AFTER);
            DocxText.run(note, provenance, 11, Face.ITALIC);
        }
    }

    private static void heading(XWPFDocument document, Heading heading) {
        XWPFParagraph paragraph = text(document, ParagraphAlignment.LEFT, true);
        paragraph.setKeepNext(true);
        DocxText.run(paragraph, heading.text(), POINTS, Face.BOLD);
    }

    /** One Word paragraph per line of the text, as the user would have typed them. */
    private static void paragraphs(XWPFDocument document, Paragraph paragraph) {
        for (String line : DocxText.clean(paragraph.text()).split("\n")) {
            DocxText.run(text(document, ParagraphAlignment.BOTH, true), line, POINTS, Face.REGULAR);
        }
    }

    /**
     * The label in bold, then the value. Further lines of the value are paragraphs of their own, not line
     * breaks: Word stretches a justified line that ends in a break across the whole width.
     */
    private static void field(XWPFDocument document, Field field) {
        String[] lines = DocxText.clean(field.value()).split("\n");
        for (int i = 0; i < lines.length; i++) {
            XWPFParagraph paragraph = text(document, ParagraphAlignment.BOTH, i == 0);
            if (i == 0) {
                DocxText.run(paragraph, DocxText.clean(field.label()) + ": ", POINTS, Face.BOLD);
            }
            if (i < lines.length - 1) {
                paragraph.setSpacingAfter(0);
            }
            DocxText.run(paragraph, lines[i], POINTS, Face.REGULAR);
        }
    }

    private static XWPFParagraph text(XWPFDocument document, ParagraphAlignment alignment, boolean indented) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        if (indented) {
            paragraph.setIndentationFirstLine(DocxText.FIRST_LINE_INDENT);
        }
        paragraph.setSpacingAfter(AFTER);
        paragraph.setSpacingBetween(LINE_SPACING, LineSpacingRule.AUTO);
        return paragraph;
    }

    /** Full width, thin borders, the header row repeated on every page the table runs onto. */
    private static void table(XWPFDocument document, Table model) {
        if (model.headers().isEmpty()) {
            return;
        }
        int[] widths = DocxTables.proportional(DocxPage.TEXT_WIDTH, model.widths());
        XWPFTable table = DocxTables.create(document, 1 + model.rows().size(), widths);
        DocxTables.borders(table, XWPFBorderType.SINGLE, DocxText.THIN_LINE);
        DocxTables.cellMargins(table, CELL_TOP, CELL_SIDE);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < widths.length; c++) {
            cell(header.getCell(c), model.headers().get(c), ParagraphAlignment.CENTER, Face.BOLD);
        }
        for (int r = 0; r < model.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            List<String> cells = model.rows().get(r);
            for (int c = 0; c < widths.length; c++) {
                ParagraphAlignment alignment = c == 0 ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER;
                cell(row.getCell(c), cells.get(c), alignment, Face.REGULAR);
            }
        }
        // Word joins two tables with nothing between them into one: a small paragraph keeps them apart.
        XWPFParagraph gap = document.createParagraph();
        gap.setSpacingBetween(AFTER / 20.0, LineSpacingRule.EXACT);
    }

    private static void cell(XWPFTableCell cell, String text, ParagraphAlignment alignment, Face face) {
        cell.setVerticalAlignment(XWPFVertAlign.CENTER);
        XWPFParagraph paragraph = DocxTables.paragraph(cell);
        paragraph.setAlignment(alignment);
        DocxText.run(paragraph, text, TABLE_POINTS, face);
    }
}
