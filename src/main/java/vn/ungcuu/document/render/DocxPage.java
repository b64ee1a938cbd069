package vn.ungcuu.document.render;

import java.math.BigInteger;
import java.util.Date;
import java.util.Optional;

import javax.xml.namespace.QName;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import vn.ungcuu.document.render.DocxText.Face;

/** The page (A4, Decree 30 margins), the default font, the page numbers and the file's metadata. */
final class DocxPage {

    static final int WIDTH = 11906;
    static final int HEIGHT = 16838;
    static final int MARGIN_TOP = DocxText.mm(20);
    static final int MARGIN_BOTTOM = DocxText.mm(20);
    static final int MARGIN_LEFT = DocxText.mm(30);
    static final int MARGIN_RIGHT = DocxText.mm(15);
    /** The page number sits in the top margin, 10 mm from the edge. */
    static final int HEADER_DISTANCE = DocxText.mm(10);
    static final int TEXT_WIDTH = WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

    private static final int BODY_POINTS = 14;
    private static final int PAGE_NUMBER_POINTS = 13;

    private DocxPage() {
    }

    static void setUp(XWPFDocument document, AdministrativeDocument model) {
        section(document);
        defaults(document);
        currentWordLayout(document);
        pageNumbers(document);
        properties(document, model);
    }

    private static void section(XWPFDocument document) {
        CTBody body = document.getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(WIDTH));
        size.setH(BigInteger.valueOf(HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(HEADER_DISTANCE));
        margins.setFooter(BigInteger.valueOf(HEADER_DISTANCE));
        margins.setGutter(BigInteger.ZERO);
    }

    /**
     * Document defaults and a Normal style, so that text the office types later, outside the runs written
     * here, is Times New Roman 14 in Vietnamese too.
     */
    private static void defaults(XWPFDocument document) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTDocDefaults defaults = styles.addNewDocDefaults();
        CTRPr run = defaults.addNewRPrDefault().addNewRPr();
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii(DocxText.FONT);
        fonts.setHAnsi(DocxText.FONT);
        fonts.setCs(DocxText.FONT);
        fonts.setEastAsia(DocxText.FONT);
        run.addNewSz().setVal(BigInteger.valueOf(BODY_POINTS * 2));
        run.addNewSzCs().setVal(BigInteger.valueOf(BODY_POINTS * 2));
        run.addNewLang().setVal(DocxText.LANGUAGE);
        CTSpacing spacing = defaults.addNewPPrDefault().addNewPPr().addNewSpacing();
        spacing.setAfter(BigInteger.ZERO);
        spacing.setLine(BigInteger.valueOf(240));
        spacing.setLineRule(STLineSpacingRule.AUTO);

        CTStyle normal = styles.addNewStyle();
        normal.setType(STStyleType.PARAGRAPH);
        normal.setStyleId("Normal");
        normal.setDefault(Boolean.TRUE);
        normal.addNewName().setVal("Normal");
        normal.addNewQFormat();
        document.createStyles().setStyles(styles);
    }

    /**
     * Without a compatibility mode Word opens the file as a Word 2007 document, "[Compatibility Mode]", with the
     * old layout rules. POI's slim schema jar has no class for w:compat, so the element is written by cursor.
     */
    private static void currentWordLayout(XWPFDocument document) {
        try (XmlCursor cursor = document.getSettings().getCTSettings().newCursor()) {
            cursor.toEndToken();
            cursor.beginElement(word("compat"));
            cursor.beginElement(word("compatSetting"));
            cursor.insertAttributeWithValue(word("name"), "compatibilityMode");
            cursor.insertAttributeWithValue(word("uri"), "http://schemas.microsoft.com/office/word");
            cursor.insertAttributeWithValue(word("val"), "15");
        }
    }

    private static QName word(String name) {
        return new QName("http://schemas.openxmlformats.org/wordprocessingml/2006/main", name, "w");
    }

    /** A centred PAGE field from page 2 on; the first page has its own, empty, header (w:titlePg). */
    private static void pageNumbers(XWPFDocument document) {
        XWPFParagraph paragraph = document.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        fieldCharacter(paragraph, STFldCharType.BEGIN);
        XWPFRun instruction = paragraph.createRun();
        DocxText.format(instruction, PAGE_NUMBER_POINTS, Face.REGULAR);
        instruction.getCTR().addNewInstrText().setStringValue(" PAGE ");
        fieldCharacter(paragraph, STFldCharType.SEPARATE);
        // The cached result: Word and LibreOffice recompute it on every page.
        DocxText.run(paragraph, "2", PAGE_NUMBER_POINTS, Face.REGULAR);
        fieldCharacter(paragraph, STFldCharType.END);

        document.createHeader(HeaderFooterType.FIRST).createParagraph();
    }

    private static void fieldCharacter(XWPFParagraph paragraph, STFldCharType.Enum type) {
        XWPFRun run = paragraph.createRun();
        DocxText.format(run, PAGE_NUMBER_POINTS, Face.REGULAR);
        run.getCTR().addNewFldChar().setFldCharType(type);
    }

    private static void properties(XWPFDocument document, AdministrativeDocument model) {
        POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
        core.setTitle(DocxText.clean(model.title()));
        core.setCreator("UngCuu");
        core.setCreated(Optional.of(Date.from(model.generatedAt())));
        document.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("UngCuu");
    }
}
