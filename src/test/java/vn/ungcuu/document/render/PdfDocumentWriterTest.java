package vn.ungcuu.document.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;
import vn.ungcuu.document.render.AdministrativeDocument.Block;
import vn.ungcuu.document.render.AdministrativeDocument.Field;
import vn.ungcuu.document.render.AdministrativeDocument.Heading;
import vn.ungcuu.document.render.AdministrativeDocument.Paragraph;
import vn.ungcuu.document.render.AdministrativeDocument.Signature;
import vn.ungcuu.document.render.AdministrativeDocument.Table;

/** The PDF read back with PDFBox's own text extractor and font model. */
class PdfDocumentWriterTest {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final PdfDocumentWriter writer = new PdfDocumentWriter();

    @Test
    void everyTextOfTheReportIsThereWithItsDiacritics() throws IOException {
        assertEveryTextIsThere(SampleDocuments.report());
    }

    @Test
    void everyTextOfTheUnsignedLetterIsThereAndNothingIsNull() throws IOException {
        AdministrativeDocument letter = SampleDocuments.unsignedLetter();
        assertEveryTextIsThere(letter);
        String text = text(writer.write(letter));
        assertTrue(text.contains("……………………"), "a dotted blank where the name goes");
        assertFalse(text.contains("null"));
    }

    @Test
    void theSameDocumentGivesTheSameText() throws IOException {
        AdministrativeDocument report = SampleDocuments.report();
        assertEquals(text(writer.write(report)), text(writer.write(report)));
    }

    @Test
    void everyPageIsA4AndOnlyPagesAfterTheFirstAreNumbered() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(writer.write(SampleDocuments.report()))) {
            assertTrue(pdf.getNumberOfPages() >= 2, "the long table goes on to page 2");
            for (PDPage page : pdf.getPages()) {
                PDRectangle box = page.getMediaBox();
                assertEquals(595.28, box.getWidth(), 1);
                assertEquals(841.89, box.getHeight(), 1);
            }
            assertEquals("", topMargin(pdf, 0));
            assertEquals("2", topMargin(pdf, 1));
            String firstOfPage1 = firstLine(pdf, 1);
            assertTrue(firstOfPage1.startsWith("ỦY BAN NHÂN DÂN"), firstOfPage1);
            assertEquals("2", firstLine(pdf, 2));
        }
    }

    @Test
    void writersInParallelShareNothing() throws Exception {
        AdministrativeDocument report = SampleDocuments.report();
        String expected = text(writer.write(report));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> written = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                written.add(pool.submit(() -> writer.write(report)));
            }
            for (Future<byte[]> pdf : written) {
                assertEquals(expected, text(pdf.get()));
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theTableHeaderIsRepeatedOnTheNextPage() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(writer.write(SampleDocuments.report()))) {
            String page2 = squash(pageText(pdf, 2));
            assertTrue(page2.startsWith(squash("2 Thôn, bản Số hộ bị")), page2);
        }
    }

    @Test
    void theLiberationSerifFacesAreEmbeddedAsSubsets() throws IOException {
        Set<String> faces = new TreeSet<>();
        try (PDDocument pdf = Loader.loadPDF(writer.write(SampleDocuments.report()))) {
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    PDType0Font type0 = assertInstanceOf(PDType0Font.class, font);
                    PDCIDFontType2 descendant = assertInstanceOf(PDCIDFontType2.class, type0.getDescendantFont());
                    assertNotNull(descendant.getFontDescriptor().getFontFile2(), font.getName());
                    assertTrue(font.getName().matches("[A-Z]{6}\\+LiberationSerif.*"), font.getName());
                    faces.add(font.getName().substring(7));
                }
            }
        }
        assertEquals(Set.of("LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic",
                "LiberationSerif-BoldItalic"), faces);
    }

    @Test
    void theMetadataComesFromTheModel() throws IOException {
        AdministrativeDocument report = SampleDocuments.report();
        try (PDDocument pdf = Loader.loadPDF(writer.write(report))) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            assertEquals(report.title(), info.getTitle());
            assertEquals("UngCuu", info.getCreator());
            assertEquals("UngCuu", info.getProducer());
            assertEquals(report.generatedAt(), info.getCreationDate().toInstant());
        }
    }

    @Test
    void decomposedTextComesOutComposedAndMissingCharactersAsQuestionMarks() throws IOException {
        String decomposed = Normalizer.normalize("Ủy ban nhân dân xã Minh Sơn", Normalizer.Form.NFD);
        // A byte order mark and an emoji's variation selector show nothing, so they are dropped, not replaced.
        AdministrativeDocument odd = withBody(SampleDocuments.unsignedLetter(),
                List.of(new Paragraph("\uFEFF" + decomposed + " báo sự cố \uD83D\uDEA8\uFE0F tại 漢字.")));
        String text = squash(text(writer.write(odd)));
        assertTrue(text.contains(squash("Ủy ban nhân dân xã Minh Sơn báo sự cố ? tại ??.")), text);
    }

    @Test
    void overlongWordsAndRowsTallerThanAPageStillFit() throws IOException {
        String word = "https://ungcuu.example.vn/su-co/" + "a".repeat(300);
        String longCell = String.join(" ", Collections.nCopies(1500, "ngập"));
        AdministrativeDocument extreme = withBody(SampleDocuments.unsignedLetter(), List.of(new Paragraph(word),
                new Table(List.of("Thôn", "Diễn biến"), List.of(1, 3), List.of(List.of("Khe Cát", longCell)))));
        try (PDDocument pdf = Loader.loadPDF(writer.write(extreme))) {
            assertTrue(pdf.getNumberOfPages() >= 3, "the tall row is split over pages");
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(squash(text).contains(word));
            assertEquals(1500, text.split("ngập", -1).length - 1);
        }
    }

    @Test
    void printsHowLongOneDocumentTakes() {
        AdministrativeDocument report = SampleDocuments.report();
        for (int i = 0; i < 20; i++) {
            writer.write(report);
        }
        int runs = 50;
        long start = System.nanoTime();
        int bytes = 0;
        for (int i = 0; i < runs; i++) {
            bytes = writer.write(report).length;
        }
        double millis = (System.nanoTime() - start) / 1e6 / runs;
        System.out.printf(Locale.ROOT, "PdfDocumentWriter: %.1f ms per document (%d bytes, mean of %d runs)%n",
                millis, bytes, runs);
    }

    /**
     * Each text as the layout prints it is in the text read back. Texts that wrap in columns side by side (the
     * header, table cells, the foot) interleave line by line when sorted by position, so those are looked for
     * in drawing order; the texts across the page in both.
     */
    private void assertEveryTextIsThere(AdministrativeDocument document) throws IOException {
        byte[] pdf = writer.write(document);
        String sorted = squash(text(pdf));
        String drawn = squash(unsortedText(pdf));
        for (String expected : acrossThePage(document)) {
            assertTrue(sorted.contains(squash(expected)), "missing: " + expected);
            assertTrue(drawn.contains(squash(expected)), "missing: " + expected);
        }
        for (String expected : inColumns(document)) {
            assertTrue(drawn.contains(squash(expected)), "missing: " + expected);
        }
        assertFalse(sorted.contains("null"));
    }

    private static List<String> inColumns(AdministrativeDocument document) {
        List<String> texts = new ArrayList<>(List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", upper(document.issuer()), document.number(),
                document.placeAndDate()));
        if (document.governingBody() != null && !document.governingBody().isBlank()) {
            texts.add(upper(document.governingBody()));
        }
        for (Block block : document.body()) {
            if (block instanceof Table table) {
                texts.addAll(table.headers());
                table.rows().forEach(texts::addAll);
            }
        }
        texts.add("Nơi nhận:");
        document.recipients().forEach(recipient -> texts.add("- " + recipient));
        Signature signature = document.signature();
        signature.titleLines().forEach(line -> texts.add(upper(line)));
        if (signature.name() != null) {
            texts.add(signature.name());
        }
        return texts;
    }

    private static List<String> acrossThePage(AdministrativeDocument document) {
        List<String> texts = new ArrayList<>(List.of(document.documentType(), document.subject()));
        document.addressees().forEach(addressee -> texts.add(addressee));
        if (!document.addressees().isEmpty()) {
            texts.add("Kính gửi:");
        }
        for (Block block : document.body()) {
            if (block instanceof Heading heading) {
                texts.add(heading.text());
            } else if (block instanceof Paragraph paragraph) {
                texts.addAll(paragraph.text().lines().toList());
            } else if (block instanceof Field field) {
                List<String> values = field.value().lines().toList();
                texts.add(field.label() + ": " + values.get(0));
                texts.addAll(values.subList(1, values.size()));
            }
        }
        if (document.provenance() != null && !document.provenance().isBlank()) {
            texts.add(document.provenance());
        }
        return texts;
    }

    private static AdministrativeDocument withBody(AdministrativeDocument d, List<Block> body) {
        return new AdministrativeDocument(d.governingBody(), d.issuer(), d.number(), d.placeAndDate(),
                d.documentType(), d.subject(), d.addressees(), body, d.provenance(), d.recipients(), d.signature(),
                d.title(), d.generatedAt());
    }

    private static String text(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(pdf);
        }
    }

    private static String unsortedText(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    private static String pageText(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }

    /** The text in the top margin (20 mm) of a page, numbered from 0. */
    private static String topMargin(PDDocument pdf, int page) throws IOException {
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        stripper.addRegion("top", new Rectangle2D.Float(0, 0, 595, 20 * 72 / 25.4f));
        stripper.extractRegions(pdf.getPage(page));
        return stripper.getTextForRegion("top").strip();
    }

    private static String firstLine(PDDocument pdf, int page) throws IOException {
        return Arrays.stream(pageText(pdf, page).split("\\R")).map(String::strip).filter(line -> !line.isEmpty())
                .findFirst().orElse("");
    }

    private static String upper(String text) {
        return text.toUpperCase(VIETNAMESE);
    }

    /** NFC without any white space, so that where the lines break does not matter. */
    private static String squash(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", "");
    }
}
