package vn.ungcuu.document.render;

/** A printable word in one style, with its measured width in points. */
record PdfWord(String text, PdfStyle style, float width) {
}
