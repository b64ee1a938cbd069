package vn.ungcuu.document.render;

import java.util.ArrayList;
import java.util.List;
import vn.ungcuu.document.render.AdministrativeDocument.Table;
import vn.ungcuu.document.render.PdfCanvas.Align;

/**
 * A table across the text width with thin borders on every cell and wrapping cell text. A table longer than the
 * page goes on over the next pages, the header row repeated on each; a row taller than a page is split.
 */
final class PdfTableLayout {

    private static final float SIZE = 13;
    private static final float PADDING_X = 5;
    private static final float PADDING_Y = 3;
    private static final float LEADING = SIZE * PdfStyle.SINGLE_LINE;

    private final PdfCanvas canvas;
    private final PdfFonts fonts;

    PdfTableLayout(PdfCanvas canvas, PdfFonts fonts) {
        this.canvas = canvas;
        this.fonts = fonts;
    }

    void draw(Table table) {
        if (table.headers().isEmpty()) {
            return;
        }
        float[] widths = columnWidths(table.widths());
        Row header = row(table.headers(), widths, fonts.bold(SIZE), true);
        List<Row> rows = new ArrayList<>();
        for (List<String> cells : table.rows()) {
            rows.add(row(cells, widths, fonts.regular(SIZE), false));
        }
        // The header never stands alone at the foot of a page.
        canvas.keep(header.height() + (rows.isEmpty() ? 0 : Math.min(rows.get(0).height(), LEADING * 2)));
        drawPart(header, 0, header.lines());
        for (Row row : rows) {
            drawRow(row, header);
        }
    }

    /** The row here if it fits, else on a new page; split over pages only if it is taller than a page. */
    private void drawRow(Row row, Row header) {
        int from = 0;
        boolean freshPage = false;
        while (from < row.lines()) {
            int fitting = (int) Math.floor((canvas.y() - PdfCanvas.BOTTOM - 2 * PADDING_Y + 0.01f) / LEADING);
            boolean wholeFitsOnNewPage = header.height() + row.height() <= PdfCanvas.PAGE_ROOM;
            if (fitting >= row.lines() - from) {
                drawPart(row, from, row.lines());
                return;
            }
            if (!freshPage && (fitting < 1 || (from == 0 && wholeFitsOnNewPage))) {
                continueOnNewPage(header);
                freshPage = true;
                continue;
            }
            int to = from + Math.max(1, fitting);
            drawPart(row, from, to);
            from = to;
            continueOnNewPage(header);
            freshPage = true;
        }
    }

    private void continueOnNewPage(Row header) {
        canvas.newPage();
        drawPart(header, 0, header.lines());
    }

    /** Lines from..to of every cell of the row, each cell boxed; a whole row is centred vertically. */
    private void drawPart(Row row, int from, int to) {
        float height = (to - from) * LEADING + 2 * PADDING_Y;
        float top = canvas.y();
        float x = PdfCanvas.LEFT;
        boolean whole = from == 0 && to == row.lines();
        for (int column = 0; column < row.cells().size(); column++) {
            float width = row.widths()[column];
            canvas.box(x, top, width, height);
            List<PdfLine> lines = row.cells().get(column);
            float lineTop = top - PADDING_Y - (whole ? (row.lines() - lines.size()) * LEADING / 2 : 0);
            Align align = row.header() || column > 0 ? Align.CENTRE : Align.LEFT;
            for (int i = from; i < Math.min(to, lines.size()); i++) {
                canvas.text(lines.get(i), x + PADDING_X, width - 2 * PADDING_X, align,
                        PdfCanvas.baseline(lines.get(i), lineTop));
                lineTop -= LEADING;
            }
            x += width;
        }
        canvas.down(height);
    }

    private Row row(List<String> cells, float[] widths, PdfStyle style, boolean header) {
        List<List<PdfLine>> wrapped = new ArrayList<>();
        for (int column = 0; column < cells.size(); column++) {
            float inner = Math.max(1, widths[column] - 2 * PADDING_X);
            wrapped.add(PdfLineBreaker.wrap(style.words(cells.get(column)), inner, inner));
        }
        return new Row(wrapped, widths, header);
    }

    /** The text width shared in proportion to the given widths; equal shares if they make no sense. */
    static float[] columnWidths(List<Integer> relative) {
        float total = 0;
        for (int width : relative) {
            total += Math.max(0, width);
        }
        float[] widths = new float[relative.size()];
        for (int i = 0; i < widths.length; i++) {
            float share = total > 0 ? Math.max(0, relative.get(i)) / total : 1f / widths.length;
            widths[i] = PdfCanvas.WIDTH * share;
        }
        return widths;
    }

    /** A row's cells as wrapped lines. */
    private record Row(List<List<PdfLine>> cells, float[] widths, boolean header) {

        int lines() {
            int lines = 1;
            for (List<PdfLine> cell : cells) {
                lines = Math.max(lines, cell.size());
            }
            return lines;
        }

        float height() {
            return lines() * LEADING + 2 * PADDING_Y;
        }
    }
}
