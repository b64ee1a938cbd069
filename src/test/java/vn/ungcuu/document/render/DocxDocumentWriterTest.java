package vn.ungcuu.document.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.HdrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

import vn.ungcuu.document.render.AdministrativeDocument.Block;
import vn.ungcuu.document.render.AdministrativeDocument.Field;
import vn.ungcuu.document.render.AdministrativeDocument.Heading;
import vn.ungcuu.document.render.AdministrativeDocument.Paragraph;
import vn.ungcuu.document.render.AdministrativeDocument.Signature;
import vn.ungcuu.document.render.AdministrativeDocument.Table;

/**
 * The DOCX writer, read back with Apache POI: every text with its diacritics, A4 and the Decree 30 margins,
 * Times New Roman in Vietnamese on every run, the national heading bold, the same file for the same input.
 * Set -Ddocx.sample=/some/dir to keep the two sample files and look at them in Word or LibreOffice.
 */
class DocxDocumentWriterTest {

    private final DocxDocumentWriter writer = new DocxDocumentWriter();

    @Test
    void everyTextOfTheModelIsInTheFileWithItsDiacritics() throws IOException {
        for (AdministrativeDocument model : List.of(sample("Nguyễn Văn Đức", ADDRESSEES), sample(null, ADDRESSEES.subList(0, 1)))) {
            String text = extract(writer.write(model));
            assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC), "the text is NFC, decomposed input too");
            String squeezed = squeeze(text);
            for (String expected : expectedTexts(model)) {
                assertTrue(squeezed.contains(squeeze(expected)), () -> "missing: " + expected);
            }
            assertFalse(text.toLowerCase(Locale.ROOT).contains("null"), "no \"null\" printed");
            assertFalse(text.contains("?"), "nothing POI could not encode");
        }
    }

    @Test
    void aBlankNameIsADottedLineAndBlankOptionalTextsAreLeftOut() throws IOException {
        AdministrativeDocument model = sample("  ", List.of());
        AdministrativeDocument bare = new AdministrativeDocument(" ", model.issuer(), model.number(),
                model.placeAndDate(), model.documentType(), model.subject(), List.of(), model.body(), "",
                model.recipients(), new Signature(model.signature().titleLines(), null), model.title(),
                model.generatedAt());
        for (AdministrativeDocument document : List.of(model, bare)) {
            String text = extract(writer.write(document));
            assertTrue(text.contains(DocxFooterArea.BLANK_NAME));
            assertFalse(text.contains("Kính gửi"));
            assertFalse(text.toLowerCase(Locale.ROOT).contains("null"));
        }
        String bareText = extract(writer.write(bare));
        assertFalse(squeeze(bareText).contains(squeeze(GOVERNING_BODY.toUpperCase(Locale.ROOT))));
        assertFalse(bareText.contains("Số liệu"), "no provenance line");
    }

    @Test
    void controlCharactersAreDroppedNotPrintedAsQuestionMarks() throws IOException {
        AdministrativeDocument model = sample("Nguyễn Văn Đức", ADDRESSEES);
        List<Block> body = List.of(new Paragraph("Máy chủ\u0000 thư\u0007 bị\ttấn công\r\nlúc 08 giờ\uFFFE."));
        AdministrativeDocument pasted = new AdministrativeDocument(model.governingBody(), model.issuer(),
                model.number(), model.placeAndDate(), model.documentType(), model.subject(), model.addressees(),
                body, model.provenance(), model.recipients(), model.signature(), model.title(),
                model.generatedAt());
        String text = extract(writer.write(pasted));
        assertTrue(text.contains("Máy chủ thư bị tấn công\nlúc 08 giờ."), text);
        assertFalse(text.contains("?"));
    }

    @Test
    void thePartsAreValidWordprocessingMl() throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(
                writer.write(sample("Nguyễn Văn Đức", ADDRESSEES))))) {
            int checked = 0;
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                // The parser closes what it reads: give it a copy, not the zip.
                InputStream xml = new ByteArrayInputStream(zip.readAllBytes());
                XmlObject part;
                if (name.equals("word/document.xml")) {
                    part = DocumentDocument.Factory.parse(xml);
                } else if (name.startsWith("word/header")) {
                    part = HdrDocument.Factory.parse(xml);
                } else if (name.equals("word/styles.xml")) {
                    part = StylesDocument.Factory.parse(xml);
                } else {
                    continue;
                }
                List<XmlError> errors = new ArrayList<>();
                assertTrue(part.validate(new XmlOptions().setErrorListener(errors)), name + ": " + errors);
                checked++;
            }
            assertEquals(4, checked, "document, two headers, styles");
        }
    }

    @Test
    void theSameInputGivesTheSameFile() throws IOException {
        AdministrativeDocument model = sample("Nguyễn Văn Đức", ADDRESSEES);
        byte[] first = writer.write(model);
        byte[] second = writer.write(model);
        assertEquals(extract(first), extract(second));
        assertArrayEquals(first, second, "byte for byte");
        LocalDateTime stamp = LocalDateTime.ofInstant(model.generatedAt(), ZoneOffset.UTC);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                assertEquals(stamp, entry.getTimeLocal(), entry.getName() + " carries the document's time");
            }
        }
    }

    @Test
    void thePageIsA4WithTheDecreeMarginsAndNumbersFromPageTwo() throws IOException {
        try (XWPFDocument document = open(writer.write(sample("Nguyễn Văn Đức", ADDRESSEES)))) {
            CTSectPr section = document.getDocument().getBody().getSectPr();
            CTPageSz size = section.getPgSz();
            assertEquals(BigInteger.valueOf(11906), size.getW());
            assertEquals(BigInteger.valueOf(16838), size.getH());
            CTPageMar margins = section.getPgMar();
            assertEquals(BigInteger.valueOf(1134), margins.getTop(), "20 mm");
            assertEquals(BigInteger.valueOf(1134), margins.getBottom(), "20 mm");
            assertEquals(BigInteger.valueOf(1701), margins.getLeft(), "30 mm");
            assertEquals(BigInteger.valueOf(851), margins.getRight(), "15 mm");

            assertTrue(section.isSetTitlePg(), "the first page has its own header");
            var headers = document.getHeaderFooterPolicy();
            XWPFHeader numbered = headers.getDefaultHeader();
            assertTrue(numbered.getParagraphs().get(0).getCTP().xmlText().contains(" PAGE "));
            assertEquals("", headers.getFirstPageHeader().getText().strip(), "no number on page 1");
        }
    }

    @Test
    void everyRunIsTimesNewRomanInVietnameseAndSoIsTheDefault() throws IOException {
        try (XWPFDocument document = open(writer.write(sample("Nguyễn Văn Đức", ADDRESSEES)))) {
            List<XWPFRun> runs = runs(document);
            assertTrue(runs.size() > 100, "the walk found the runs");
            for (XWPFRun run : runs) {
                CTRPr properties = run.getCTR().getRPr();
                assertNotNull(properties, run::text);
                CTFonts fonts = properties.getRFontsArray(0);
                for (String font : List.of(fonts.getAscii(), fonts.getHAnsi(), fonts.getCs(), fonts.getEastAsia())) {
                    assertEquals("Times New Roman", font, run::text);
                }
                assertEquals("vi-VN", run.getLang(), run::text);
            }
            CTRPr defaults = document.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr();
            assertEquals("Times New Roman", defaults.getRFontsArray(0).getAscii());
            assertEquals("Times New Roman", defaults.getRFontsArray(0).getHAnsi());
            assertEquals(BigInteger.valueOf(28), defaults.getSzArray(0).getVal(), "14 pt");
            assertEquals("vi-VN", defaults.getLangArray(0).getVal());
        }
    }

    @Test
    void theNationalHeadingIsBoldAndTheSignerIsPlainText() throws IOException {
        try (XWPFDocument document = open(writer.write(sample("Nguyễn Văn Đức", ADDRESSEES)))) {
            List<XWPFRun> runs = runs(document);
            for (String heading : List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")) {
                XWPFRun run = runs.stream().filter(r -> r.text().equals(heading)).findFirst().orElseThrow();
                assertTrue(run.isBold(), heading);
            }
            XWPFRun name = runs.stream().filter(r -> r.text().equals("Nguyễn Văn Đức")).findFirst().orElseThrow();
            assertTrue(name.isBold());
            assertEquals(0, name.getCTR().sizeOfFldCharArray(), "the name is not a field");
            assertFalse(document.getDocument().getBody().xmlText().contains("fldSimple"));
        }
    }

    @Test
    void theFileOpensAgainWithItsMetadata() throws IOException {
        AdministrativeDocument model = sample("Nguyễn Văn Đức", ADDRESSEES);
        byte[] docx = writer.write(model);
        try (XWPFDocument document = open(docx)) {
            var core = document.getProperties().getCoreProperties();
            assertEquals(model.title(), core.getTitle());
            assertEquals("UngCuu", core.getCreator());
            assertEquals(model.generatedAt(), core.getCreated().toInstant());
            assertEquals(3, document.getTables().size(), "header area, the body's table, footer area");
        }
        keep("sample-signed.docx", docx);
        keep("sample-unsigned.docx", writer.write(sample(null, ADDRESSEES.subList(0, 1))));
    }

    @Test
    void theLineUnderTheMottoIsAsLongAsTheMotto() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/documents/fonts/LiberationSerif-Bold.ttf")) {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            CmapLookup cmap = font.getUnicodeCmapLookup();
            double units = DocxHeaderArea.MOTTO.codePoints().mapToDouble(c -> {
                try {
                    return font.getAdvanceWidth(cmap.getGlyphId(c));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).sum();
            double twips = units / font.getUnitsPerEm() * 14 * 20;
            assertEquals(twips, DocxHeaderArea.MOTTO_WIDTH, 2.0);
        }
    }

    /** Information only, never asserted: how long one document takes once the JVM is warm. */
    @Test
    void timing() {
        AdministrativeDocument model = sample("Nguyễn Văn Đức", ADDRESSEES);
        for (int i = 0; i < 20; i++) {
            writer.write(model);
        }
        int runs = 50;
        long start = System.nanoTime();
        int size = 0;
        for (int i = 0; i < runs; i++) {
            size = writer.write(model).length;
        }
        double millis = (System.nanoTime() - start) / 1e6 / runs;
        System.out.printf(Locale.ROOT, "DOCX: %.1f ms a document (%d rows, %d bytes), mean of %d%n", millis,
                ROWS, size, runs);
    }

    // ---- reading back

    private static XWPFDocument open(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    private static String extract(byte[] docx) throws IOException {
        try (XWPFDocument document = open(docx); XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    /** Without any whitespace: wrapping, tabs between cells and paragraph ends do not matter. */
    private static String squeeze(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", "");
    }

    /** Every run in the body (tables included, at any depth) and in the headers. */
    private static List<XWPFRun> runs(XWPFDocument document) {
        List<XWPFRun> runs = new ArrayList<>();
        collect(document.getBodyElements(), runs);
        for (XWPFHeader header : document.getHeaderList()) {
            collect(header.getBodyElements(), runs);
        }
        return runs;
    }

    private static void collect(List<IBodyElement> elements, List<XWPFRun> runs) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                runs.addAll(paragraph.getRuns());
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        collect(cell.getBodyElements(), runs);
                    }
                }
            }
        }
    }

    private static void keep(String name, byte[] docx) throws IOException {
        String directory = System.getProperty("docx.sample");
        if (directory != null) {
            Files.write(Files.createDirectories(Path.of(directory)).resolve(name), docx);
        }
    }

    /** The texts as the document prints them: the issuer area and the signer's titles in upper case. */
    private static List<String> expectedTexts(AdministrativeDocument model) {
        List<String> texts = new ArrayList<>();
        if (model.governingBody() != null) {
            texts.add(upper(model.governingBody()));
        }
        texts.add(upper(model.issuer()));
        texts.addAll(List.of(model.number(), model.placeAndDate(), model.documentType(), model.subject(),
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Nơi nhận:"));
        if (!model.addressees().isEmpty()) {
            texts.add("Kính gửi:");
            texts.addAll(model.addressees());
        }
        if (model.provenance() != null) {
            texts.add(model.provenance());
        }
        for (Block block : model.body()) {
            if (block instanceof Heading heading) {
                texts.add(heading.text());
            } else if (block instanceof Paragraph paragraph) {
                texts.add(paragraph.text());
            } else if (block instanceof Field field) {
                texts.add(field.label() + ": " + field.value());
            } else if (block instanceof Table table) {
                texts.addAll(table.headers());
                table.rows().forEach(texts::addAll);
            }
        }
        texts.addAll(model.recipients());
        model.signature().titleLines().forEach(line -> texts.add(upper(line)));
        texts.add(model.signature().name() == null ? DocxFooterArea.BLANK_NAME : model.signature().name());
        return texts;
    }

    private static String upper(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toUpperCase(Locale.ROOT);
    }

    // ---- the sample: a commune's monthly report on incidents, long enough for a second page

    private static final String GOVERNING_BODY = "Ủy ban nhân dân huyện Minh Sơn";
    private static final List<String> ADDRESSEES = List.of("Ủy ban nhân dân huyện Minh Sơn",
            "Sở Khoa học và Công nghệ tỉnh Hòa Bình", "Công an huyện Minh Sơn");
    private static final int ROWS = 36;

    private static AdministrativeDocument sample(String signer, List<String> addressees) {
        List<Block> body = new ArrayList<>();
        body.add(new Heading("I. TÌNH HÌNH CHUNG"));
        body.add(new Paragraph("Thực hiện Kế hoạch số 45/KH-UBND ngày 15 tháng 01 năm 2026 của Ủy ban nhân dân xã "
                + "Minh Sơn về bảo đảm an toàn thông tin mạng, trong tháng 11 năm 2026, bộ phận một cửa và các "
                + "thôn đã tiếp nhận, xử lý các sự cố theo đúng quy trình ứng cứu; không có sự cố nào gây gián "
                + "đoạn việc giải quyết thủ tục hành chính cho người dân quá bốn giờ làm việc.\n"
                + "Công tác phối hợp với Trung tâm Chuyển đổi số tỉnh được duy trì thường xuyên, kịp thời; các "
                + "cán bộ, công chức đã được phổ biến cách nhận biết thư điện tử giả mạo và mã độc tống tiền."));
        body.add(new Field("Thời điểm phát hiện sự cố nghiêm trọng nhất",
                "08 giờ 15 phút, ngày 28 tháng 11 năm 2026"));
        // Decomposed (NFD) on purpose, as some phones send it: the file must carry NFC.
        body.add(new Field("Biện pháp đã áp dụng", Normalizer.normalize(
                "Ngắt kết nối máy trạm khỏi mạng nội bộ;\nKhôi phục dữ liệu từ bản sao lưu ngày 27/11/2026;\n"
                        + "Đổi toàn bộ mật khẩu hộp thư công vụ.", Normalizer.Form.NFD)));
        body.add(new Heading("II. DANH SÁCH SỰ CỐ ĐÃ XỬ LÝ"));
        List<List<String>> rows = new ArrayList<>();
        String[] kinds = {"Thư điện tử giả mạo", "Mã độc tống tiền trên máy trạm", "Tấn công dò mật khẩu",
                "Mất kết nối đường truyền số liệu chuyên dùng"};
        String[] states = {"Đã khắc phục", "Đang theo dõi", "Đã chuyển Công an huyện"};
        for (int i = 1; i <= ROWS; i++) {
            rows.add(List.of(String.format(Locale.ROOT, "%02d. %s tại thôn Đồng Tâm %d", i, kinds[i % 4], i % 7 + 1),
                    String.format(Locale.ROOT, "%02d/11/2026", i % 28 + 1), i % 3 == 0 ? "Cao" : "Trung bình",
                    states[i % 3]));
        }
        body.add(new Table(List.of("Sự cố", "Ngày phát hiện", "Mức độ", "Tình trạng"), List.of(5, 2, 2, 3),
                rows));
        body.add(new Heading("III. ĐỀ XUẤT, KIẾN NGHỊ"));
        body.add(new Paragraph("Đề nghị Ủy ban nhân dân huyện hỗ trợ kinh phí nâng cấp tường lửa và tổ chức lớp "
                + "bồi dưỡng kỹ năng ứng cứu sự cố cho công chức văn phòng - thống kê trong quý I năm 2027."));
        return new AdministrativeDocument(GOVERNING_BODY, "Ủy ban nhân dân xã Minh Sơn", "Số: 125/BC-UBND",
                "Minh Sơn, ngày 06 tháng 12 năm 2026", "BÁO CÁO",
                Normalizer.normalize("Tình hình ứng cứu sự cố an toàn thông tin mạng trên địa bàn xã Minh Sơn "
                        + "trong tháng 11 năm 2026", Normalizer.Form.NFD),
                addressees, body,
                "Số liệu trích từ hệ thống UngCuu lúc 16 giờ 30 phút, ngày 06 tháng 12 năm 2026.",
                List.of("Như trên;", "Chủ tịch, các Phó Chủ tịch UBND xã;", "Lưu: VT, VP."),
                new Signature(List.of("TM. Ủy ban nhân dân", "CHỦ TỊCH"), signer),
                "Báo cáo tình hình ứng cứu sự cố tháng 11 năm 2026", Instant.parse("2026-12-06T09:30:00Z"));
    }
}
