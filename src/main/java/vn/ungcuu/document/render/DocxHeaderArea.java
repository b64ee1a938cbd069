package vn.ungcuu.document.render;

import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

import vn.ungcuu.document.render.DocxText.Face;

/**
 * The top of the first page: issuer and national heading side by side in a borderless table (an office edits
 * them like any text), then the document type, the subject and "Kính gửi:".
 */
final class DocxHeaderArea {

    static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    /**
     * The motto's width, bold 14 pt, in twips: measured once from Liberation Serif Bold, metric compatible with
     * Times New Roman (DocxDocumentWriterTest checks it), so that the line under it is as long as the text.
     */
    static final int MOTTO_WIDTH = 3428;

    private static final int LEFT = DocxPage.TEXT_WIDTH * 40 / 100;
    private static final int RIGHT = DocxPage.TEXT_WIDTH - LEFT;
    /** One blank line of 13-14 pt. */
    private static final int BLANK_LINE = 280;
    private static final int ADDRESSEE_LABEL_INDENT = DocxText.mm(40);
    /** About where the name would start after "Kính gửi: "; the dash hangs out in front of it. */
    private static final int ADDRESSEE_INDENT = DocxText.mm(62);
    private static final int DASH = DocxText.mm(3);

    private DocxHeaderArea() {
    }

    static void add(XWPFDocument document, AdministrativeDocument model) {
        XWPFTable table = DocxTables.create(document, 1, new int[] {LEFT, RIGHT});
        issuer(table.getRow(0).getCell(0), model);
        nation(table.getRow(0).getCell(1), model);
        title(document, model);
        addressees(document, model.addressees());
    }

    private static void issuer(XWPFTableCell cell, AdministrativeDocument model) {
        if (!DocxText.isBlank(model.governingBody())) {
            DocxText.run(centred(cell), DocxText.upper(model.governingBody()), 13, Face.REGULAR);
        }
        DocxText.run(centred(cell), DocxText.upper(model.issuer()), 13, Face.BOLD);
        DocxText.rule(centred(cell), LEFT, LEFT / 3);
        XWPFParagraph number = centred(cell);
        number.setSpacingBefore(BLANK_LINE);
        DocxText.run(number, model.number(), 13, Face.REGULAR);
    }

    private static void nation(XWPFTableCell cell, AdministrativeDocument model) {
        DocxText.run(centred(cell), NATION, 13, Face.BOLD);
        DocxText.run(centred(cell), MOTTO, 14, Face.BOLD);
        DocxText.rule(centred(cell), RIGHT, MOTTO_WIDTH);
        XWPFParagraph date = centred(cell);
        date.setSpacingBefore(BLANK_LINE);
        DocxText.run(date, model.placeAndDate(), 14, Face.ITALIC);
    }

    private static void title(XWPFDocument document, AdministrativeDocument model) {
        XWPFParagraph type = document.createParagraph();
        type.setAlignment(ParagraphAlignment.CENTER);
        type.setSpacingBefore(2 * BLANK_LINE);
        type.setKeepNext(true);
        DocxText.run(type, model.documentType(), 14, Face.BOLD);
        XWPFParagraph subject = document.createParagraph();
        subject.setAlignment(ParagraphAlignment.CENTER);
        subject.setSpacingAfter(BLANK_LINE);
        subject.setKeepNext(true);
        DocxText.run(subject, model.subject(), 14, Face.BOLD);
    }

    /** One addressee on the "Kính gửi:" line, centred; several as a list under it, one "- name;" a line. */
    private static void addressees(XWPFDocument document, List<String> addressees) {
        if (addressees.isEmpty()) {
            return;
        }
        XWPFParagraph label = document.createParagraph();
        if (addressees.size() == 1) {
            label.setAlignment(ParagraphAlignment.CENTER);
            label.setSpacingAfter(BLANK_LINE);
            DocxText.run(label, "Kính gửi: " + DocxText.clean(addressees.get(0)), 14, Face.REGULAR);
            return;
        }
        label.setIndentationLeft(ADDRESSEE_LABEL_INDENT);
        DocxText.run(label, "Kính gửi:", 14, Face.REGULAR);
        for (int i = 0; i < addressees.size(); i++) {
            XWPFParagraph line = document.createParagraph();
            line.setIndentationLeft(ADDRESSEE_INDENT);
            line.setIndentationHanging(DASH);
            if (i == addressees.size() - 1) {
                line.setSpacingAfter(BLANK_LINE);
            }
            DocxText.run(line, "- " + endingWith(DocxText.clean(addressees.get(i)).strip(), ';'), 14, Face.REGULAR);
        }
    }

    private static String endingWith(String text, char punctuation) {
        return text.endsWith(";") || text.endsWith(".") ? text : text + punctuation;
    }

    private static XWPFParagraph centred(XWPFTableCell cell) {
        XWPFParagraph paragraph = DocxTables.paragraph(cell);
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        return paragraph;
    }
}
