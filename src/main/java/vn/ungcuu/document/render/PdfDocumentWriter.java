package vn.ungcuu.document.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Writes an {@link AdministrativeDocument} as a PDF in the layout of Decree 30/2020/NĐ-CP: A4, Liberation Serif
 * (metric compatible with Times New Roman) embedded as subsets, so that the Vietnamese text both prints and
 * copies as typed. The same document gives the same pages and metadata (only the file ID differs).
 */
public final class PdfDocumentWriter implements DocumentWriter {

    private static final String PRODUCER = "UngCuu";
    /** Past this, PDFBox keeps its buffers in a temporary file instead of the heap. */
    private static final long MAX_HEAP_BUFFER = 16L * 1024 * 1024;

    @Override
    public byte[] write(AdministrativeDocument document) {
        try (PDDocument pdf = new PDDocument(MemoryUsageSetting.setupMixed(MAX_HEAP_BUFFER).streamCache);
                PdfFonts fonts = new PdfFonts(pdf)) {
            describe(pdf, document);
            try (PdfCanvas canvas = new PdfCanvas(pdf, fonts)) {
                new PdfMasthead(canvas, fonts).draw(document);
                PdfBody body = new PdfBody(canvas, fonts);
                body.draw(document.body());
                body.provenance(document.provenance());
                new PdfSignatureBlock(canvas, fonts).draw(document.recipients(), document.signature());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF", e);
        }
    }

    private static void describe(PDDocument pdf, AdministrativeDocument document) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(Normalizer.normalize(document.title(), Normalizer.Form.NFC));
        info.setCreator(PRODUCER);
        info.setProducer(PRODUCER);
        Calendar generated = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        generated.setTimeInMillis(document.generatedAt().toEpochMilli());
        info.setCreationDate(generated);
        info.setModificationDate(generated);
        pdf.getDocumentCatalog().setLanguage("vi-VN");
    }
}
