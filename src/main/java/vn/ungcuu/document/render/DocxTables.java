package vn.ungcuu.document.render;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/** Fixed-width tables: the borderless header and footer areas, and the bordered tables of the body. */
final class DocxTables {

    private DocxTables() {
    }

    /** A table of the given column widths (twips), fixed layout so that Word keeps them, no borders. */
    static XWPFTable create(XWPFDocument document, int rows, int[] widths) {
        XWPFTable table = document.createTable(rows, widths.length);
        CTTblPr properties = table.getCTTbl().getTblPr();
        dxa(properties.getTblW(), sum(widths));
        dxa(properties.addNewTblInd(), 0);
        properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int column : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(column));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < widths.length; c++) {
                dxa(cellWidth(row.getCell(c)), widths[c]);
            }
        }
        borders(table, XWPFBorderType.NONE, 0);
        cellMargins(table, 0, 0);
        return table;
    }

    /** Written out even when zero: POI's setCellMargins drops zeros, and Word then pads cells by 0.19 cm. */
    static void cellMargins(XWPFTable table, int topAndBottom, int sides) {
        CTTblPr properties = table.getCTTbl().getTblPr();
        CTTblCellMar margins = properties.isSetTblCellMar() ? properties.getTblCellMar()
                : properties.addNewTblCellMar();
        dxa(margins.isSetTop() ? margins.getTop() : margins.addNewTop(), topAndBottom);
        dxa(margins.isSetLeft() ? margins.getLeft() : margins.addNewLeft(), sides);
        dxa(margins.isSetBottom() ? margins.getBottom() : margins.addNewBottom(), topAndBottom);
        dxa(margins.isSetRight() ? margins.getRight() : margins.addNewRight(), sides);
    }

    static void borders(XWPFTable table, XWPFBorderType type, int size) {
        String colour = type == XWPFBorderType.NONE ? "auto" : "000000";
        table.setTopBorder(type, size, 0, colour);
        table.setBottomBorder(type, size, 0, colour);
        table.setLeftBorder(type, size, 0, colour);
        table.setRightBorder(type, size, 0, colour);
        table.setInsideHBorder(type, size, 0, colour);
        table.setInsideVBorder(type, size, 0, colour);
    }

    /** The cell's first paragraph for the first call, a new one after: a new cell already holds one, empty. */
    static XWPFParagraph paragraph(XWPFTableCell cell) {
        List<XWPFParagraph> paragraphs = cell.getParagraphs();
        XWPFParagraph last = paragraphs.get(paragraphs.size() - 1);
        if (paragraphs.size() == 1 && last.getRuns().isEmpty() && !last.getCTP().isSetPPr()) {
            return last;
        }
        return cell.addParagraph();
    }

    /** Splits the total width in proportion to the weights; the parts add up to the total exactly. */
    static int[] proportional(int total, List<Integer> weights) {
        long sum = weights.stream().mapToLong(weight -> Math.max(1, weight)).sum();
        int[] widths = new int[weights.size()];
        long before = 0;
        for (int i = 0; i < widths.length; i++) {
            long after = before + Math.max(1, weights.get(i));
            widths[i] = (int) (Math.round((double) total * after / sum) - Math.round((double) total * before / sum));
            before = after;
        }
        return widths;
    }

    private static CTTblWidth cellWidth(XWPFTableCell cell) {
        var properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        return properties.isSetTcW() ? properties.getTcW() : properties.addNewTcW();
    }

    private static void dxa(CTTblWidth width, int twips) {
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(twips));
    }

    private static int sum(int[] widths) {
        int sum = 0;
        for (int width : widths) {
            sum += width;
        }
        return sum;
    }
}
