package vn.ungcuu.document.render;

import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

import vn.ungcuu.document.render.AdministrativeDocument.Signature;
import vn.ungcuu.document.render.DocxText.Face;

/**
 * "Nơi nhận" and the signature side by side in a borderless one-row table. The row may not break across
 * pages, so the block stays together and moves to the next page when it does not fit.
 */
final class DocxFooterArea {

    /** Printed where the signer's name will be written in when the model has none. */
    static final String BLANK_NAME = "……………………";

    private static final int LEFT = DocxPage.TEXT_WIDTH * 45 / 100;
    private static final int RIGHT = DocxPage.TEXT_WIDTH - LEFT;
    private static final int SIGNING_SPACE = DocxText.mm(25);

    private DocxFooterArea() {
    }

    static void add(XWPFDocument document, AdministrativeDocument model) {
        // A blank line above the block; it also keeps the table apart from a table that ends the body.
        document.createParagraph();
        XWPFTable table = DocxTables.create(document, 1, new int[] {LEFT, RIGHT});
        table.getRow(0).setCantSplitRow(true);
        recipients(table.getRow(0).getCell(0), model);
        signature(table.getRow(0).getCell(1), model.signature());
        // Word ends a body with a paragraph and adds a full-height one if it finds none; one point high, this
        // one cannot push an empty page after a signature that ends at the foot of the page.
        document.createParagraph().setSpacingBetween(1, LineSpacingRule.EXACT);
    }

    private static void recipients(XWPFTableCell cell, AdministrativeDocument model) {
        XWPFParagraph label = DocxTables.paragraph(cell);
        label.setAlignment(ParagraphAlignment.LEFT);
        DocxText.run(label, "Nơi nhận:", 12, Face.BOLD_ITALIC);
        for (String recipient : model.recipients()) {
            XWPFParagraph line = DocxTables.paragraph(cell);
            line.setAlignment(ParagraphAlignment.LEFT);
            DocxText.run(line, "- " + DocxText.clean(recipient).strip(), 11, Face.REGULAR);
        }
    }

    /** Plain text, the name too: an office corrects or fills it in by typing. */
    private static void signature(XWPFTableCell cell, Signature signature) {
        for (String title : signature.titleLines()) {
            DocxText.run(centred(cell), DocxText.upper(title), 14, Face.BOLD);
        }
        XWPFParagraph name = centred(cell);
        name.setSpacingBefore(SIGNING_SPACE);
        if (DocxText.isBlank(signature.name())) {
            DocxText.run(name, BLANK_NAME, 14, Face.REGULAR);
        } else {
            DocxText.run(name, DocxText.clean(signature.name()).strip(), 14, Face.BOLD);
        }
    }

    private static XWPFParagraph centred(XWPFTableCell cell) {
        XWPFParagraph paragraph = DocxTables.paragraph(cell);
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        return paragraph;
    }
}
