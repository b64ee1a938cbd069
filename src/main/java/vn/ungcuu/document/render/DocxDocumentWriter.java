package vn.ungcuu.document.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes an {@link AdministrativeDocument} as a Word file (DOCX, Apache POI XWPF) in the layout of Decree
 * 30/2020/NĐ-CP, Appendix I, for an office to edit, sign and send. Everything stays ordinary editable text:
 * the header and footer areas are borderless tables, the lines are paragraph borders, the name is plain text.
 * Times New Roman throughout (LibreOffice shows it with the metric-compatible Liberation Serif).
 */
public class DocxDocumentWriter implements DocumentWriter {

    @Override
    public byte[] write(AdministrativeDocument model) {
        try (XWPFDocument document = new XWPFDocument()) {
            DocxPage.setUp(document, model);
            DocxHeaderArea.add(document, model);
            DocxBody.add(document, model.body(), model.provenance());
            DocxFooterArea.add(document, model);
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            document.write(out);
            return DocxZip.stamped(out.toByteArray(), model.generatedAt());
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the DOCX document", e);
        }
    }
}
