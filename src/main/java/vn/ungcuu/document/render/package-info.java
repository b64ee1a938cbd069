/**
 * The page layout of Decree 30/2020/NĐ-CP (Appendix I) and its two writers: DOCX with Apache POI, PDF with Apache
 * PDFBox and the embedded Liberation Serif. Knows nothing of incidents or templates: it lays out an
 * {@link vn.ungcuu.document.render.AdministrativeDocument} whose texts are already filled in.
 */
package vn.ungcuu.document.render;
