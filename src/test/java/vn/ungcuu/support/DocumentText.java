package vn.ungcuu.support;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Reads the text (not the pixels) of the documents the service writes, as a person's tools would. */
public final class DocumentText {

    private DocumentText() {
    }

    public static String pdf(byte[] file) {
        try (PDDocument document = Loader.loadPDF(file)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String docx(byte[] file) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return Normalizer.normalize(extractor.getText(), Normalizer.Form.NFC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of either format, by its leading bytes (%PDF or a ZIP). */
    public static String of(byte[] file) {
        return file.length > 4 && file[0] == '%' && file[1] == 'P' ? pdf(file) : docx(file);
    }

    /**
     * Each expected text is in the document: compared without whitespace, as a PDF wraps lines and spaces words
     * where its layout puts them, and with diacritics intact (NFC both sides).
     */
    public static void assertContainsAll(String text, Iterable<String> expected) {
        String squeezed = squeeze(text);
        for (String part : expected) {
            if (!squeezed.contains(squeeze(part))) {
                fail("the document lacks \"" + part + "\"; its text:\n" + text);
            }
        }
    }

    public static void assertContainsNone(String text, Iterable<String> absent) {
        String squeezed = squeeze(text);
        for (String part : absent) {
            assertTrue(!squeezed.contains(squeeze(part)), "the document must not hold \"" + part + "\"");
        }
    }

    public static String squeeze(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", "");
    }

    /** The base names of the fonts the PDF uses, each marked embedded or not: "LiberationSerif-Bold (embedded)". */
    public static Set<String> pdfFonts(byte[] file) {
        Set<String> fonts = new TreeSet<>();
        try (PDDocument document = Loader.loadPDF(file)) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    String base = font.getName().replaceFirst("^[A-Z]{6}\\+", "");
                    fonts.add(base + (font.isEmbedded() ? " (embedded)" : " (not embedded)"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fonts;
    }

    /** The first page's width and height, in points. */
    public static float[] pdfPageSize(byte[] file) {
        try (PDDocument document = Loader.loadPDF(file)) {
            var box = document.getPage(0).getMediaBox();
            return new float[] {box.getWidth(), box.getHeight()};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
