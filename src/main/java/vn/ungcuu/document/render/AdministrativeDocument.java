package vn.ungcuu.document.render;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A document in the layout of Decree 30/2020/NĐ-CP (Appendix I), with every text already filled in: what the
 * PDF and DOCX writers lay out, and nothing they would need to look up. Texts are Unicode NFC; a null or blank
 * optional text is left out (the governing body) or drawn as a dotted blank to fill in (number, signer).
 *
 * @param governingBody cơ quan chủ quản (upper line of the issuer block), or null
 * @param issuer tên cơ quan ban hành
 * @param number the whole "Số: …" line, e.g. "Số: 125/BC-UBND" or "Số:       /BC-UBND"
 * @param placeAndDate e.g. "Minh Sơn, ngày 06 tháng 12 năm 2026"
 * @param documentType tên loại văn bản, e.g. "BÁO CÁO"
 * @param subject trích yếu nội dung
 * @param addressees the "Kính gửi:" lines (none for a report sent to no one in particular)
 * @param body the content, in order
 * @param provenance where the figures come from; printed small after the body
 * @param recipients nơi nhận, each line as printed without its dash ("Như trên;", "Lưu: VT.")
 * @param signature the signature block
 * @param title the document's metadata title
 * @param generatedAt the metadata creation time
 */
public record AdministrativeDocument(String governingBody, String issuer, String number, String placeAndDate,
        String documentType, String subject, List<String> addressees, List<Block> body, String provenance,
        List<String> recipients, Signature signature, String title, Instant generatedAt) {

    public AdministrativeDocument {
        Objects.requireNonNull(issuer);
        Objects.requireNonNull(number);
        Objects.requireNonNull(placeAndDate);
        Objects.requireNonNull(documentType);
        Objects.requireNonNull(subject);
        addressees = List.copyOf(addressees);
        body = List.copyOf(body);
        recipients = List.copyOf(recipients);
        Objects.requireNonNull(signature);
        Objects.requireNonNull(title);
        Objects.requireNonNull(generatedAt);
    }

    /**
     * Quyền hạn, chức vụ của người ký, họ tên: lines printed bold upper case above the space for the signature
     * (e.g. "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), then the name, bold. A null name prints a dotted blank.
     */
    public record Signature(List<String> titleLines, String name) {
        public Signature {
            titleLines = List.copyOf(titleLines);
        }
    }

    /** A part of the body. */
    public sealed interface Block permits Heading, Paragraph, Field, Table {
    }

    /** A section heading, bold, flush with the text. */
    public record Heading(String text) implements Block {
    }

    /** A justified paragraph, its first line indented; line breaks in the text start new paragraphs. */
    public record Paragraph(String text) implements Block {
    }

    /** "label: value" as one justified paragraph, the label bold; line breaks in the value start new lines. */
    public record Field(String label, String value) implements Block {
    }

    /**
     * A bordered table: a bold header row, then the rows. Widths are relative (any positive numbers), one per
     * column; the first column is left-aligned, the others centred.
     */
    public record Table(List<String> headers, List<Integer> widths, List<List<String>> rows) implements Block {
        public Table {
            headers = List.copyOf(headers);
            widths = List.copyOf(widths);
            rows = rows.stream().map(List::copyOf).toList();
            int columns = headers.size();
            if (widths.size() != columns || rows.stream().anyMatch(row -> row.size() != columns)) {
                throw new IllegalArgumentException("a table needs one width and one cell per header");
            }
        }
    }
}
