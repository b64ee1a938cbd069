package vn.ungcuu.document.render;

import java.math.BigInteger;
import java.text.Normalizer;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

/** Runs and paragraph formatting shared by the DOCX parts: one place for the font, the language and the units. */
final class DocxText {

    static final String FONT = "Times New Roman";
    static final String LANGUAGE = "vi-VN";
    /** Word measures in twentieths of a point: 1 mm = 56.7 twips. */
    static final double TWIPS_PER_MM = 56.7;
    /** 1 cm, the first-line indent of body paragraphs. */
    static final int FIRST_LINE_INDENT = mm(10);
    /** A thin rule: half a point, in eighths of a point. */
    static final int THIN_LINE = 4;

    enum Face { REGULAR, BOLD, ITALIC, BOLD_ITALIC }

    private DocxText() {
    }

    static int mm(double millimetres) {
        return (int) Math.round(millimetres * TWIPS_PER_MM);
    }

    /**
     * Text as the file may hold it: NFC (Vietnamese typed on some phones arrives decomposed), line ends as '\n',
     * a tab as a space, and without the control characters XML cannot carry (POI would print them as '?').
     * Null becomes empty, never "null".
     */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String nfc = Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        nfc.codePoints().forEach(c -> {
            if (c == '\t') {
                out.append(' ');
            } else if (c == '\n' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000) {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    static String upper(String text) {
        return clean(text).toUpperCase(Locale.ROOT);
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** Appends a run in the document font; a '\n' in the text becomes a line break. */
    static XWPFRun run(XWPFParagraph paragraph, String text, double points, Face face) {
        XWPFRun run = paragraph.createRun();
        format(run, points, face);
        String[] lines = clean(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
        return run;
    }

    /**
     * Font on all four ranges (Word picks the eastAsia or cs font for some Vietnamese letters otherwise). POI
     * appends w:rPr children as called: this keeps the order the first edition of the schema prescribed
     * (rFonts, b, i, sz, szCs, lang), which stricter readers still expect.
     */
    static void format(XWPFRun run, double points, Face face) {
        run.setFontFamily(FONT);
        if (face == Face.BOLD || face == Face.BOLD_ITALIC) {
            run.setBold(true);
        }
        if (face == Face.ITALIC || face == Face.BOLD_ITALIC) {
            run.setItalic(true);
        }
        run.setFontSize(points);
        run.setComplexScriptFontSize(points);
        run.setLang(LANGUAGE);
    }

    /**
     * Turns an empty paragraph into a short horizontal line: a bottom border between the indents, on a line
     * only two points high so that it sits just under the text above. Word and LibreOffice both draw it.
     */
    static void rule(XWPFParagraph paragraph, int columnTwips, int lengthTwips) {
        int indent = Math.max(0, (columnTwips - lengthTwips) / 2);
        paragraph.setIndentationLeft(indent);
        paragraph.setIndentationRight(indent);
        paragraph.setSpacingBetween(2, LineSpacingRule.EXACT);
        CTBorder bottom = paragraph.getCTPPr().addNewPBdr().addNewBottom();
        bottom.setVal(STBorder.SINGLE);
        bottom.setSz(BigInteger.valueOf(THIN_LINE));
        bottom.setSpace(BigInteger.ZERO);
        bottom.setColor("000000");
    }
}
