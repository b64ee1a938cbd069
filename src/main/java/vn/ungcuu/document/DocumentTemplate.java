package vn.ungcuu.document;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.ungcuu.regime.Regime.LegalBasis;

/**
 * The wording of one document kind under one regime, as a file (src/main/resources/documents/templates) a province
 * may change without a release: a new version in the file, stored once at start, never rewritten. Texts hold
 * placeholders {@code {name}} filled from the document's facts, or {@code {name:label}} to print the template's
 * label for the value (a category, a status). Everything else on the page (national heading, issuer, number, date,
 * signature) is laid out from the unit's data by Decree 30/2020/NĐ-CP.
 *
 * @param id {@code <regime>.<document>}
 * @param document an official report kind of the regime, SUMMARY or SYSTEMS_REPORT
 * @param legalBasis why the document exists (the first one is quoted as {@code {template.legalBasis}}), then its form
 * @param documentType tên loại văn bản, e.g. BÁO CÁO
 * @param symbol ký hiệu of the type in the number, e.g. BC
 * @param subject trích yếu
 * @param addressees the "Kính gửi" lines
 * @param recipients nơi nhận after the addressees, each line as printed
 * @param provenance where the figures come from
 * @param labels what {@code {name:label}} prints for a value
 */
public record DocumentTemplate(String id, int version, String regime, String document, List<LegalBasis> legalBasis,
        String documentType, String symbol, String subject, List<String> addressees, List<Block> body,
        List<String> recipients, String provenance, Map<String, String> labels) {

    /** Exactly one of its parts is given. */
    public record Block(String heading, String paragraph, Field field, Table table) {
        long parts() {
            return Stream.of(heading, paragraph, field, table).filter(part -> part != null).count();
        }
    }

    public record Field(String label, String value) {
    }

    /** A table of the rows the document's facts name, one column per entry. */
    public record Table(String rows, List<Column> columns) {
    }

    /** A column: its header, its relative width, and the text of each row's cell. */
    public record Column(String header, int width, String value) {
    }

    /** The template's own faults, each a sentence; none for a usable template. */
    List<String> faults() {
        Stream.Builder<String> faults = Stream.builder();
        if (!(regime + "." + document).equals(id)) {
            faults.add("id must be <regime>.<document>: " + regime + "." + document);
        }
        if (version < 1) {
            faults.add("version must be 1 or more");
        }
        if (legalBasis == null || legalBasis.isEmpty()) {
            faults.add("legalBasis: at least one is required (every rule cites its article)");
        }
        for (String[] required : new String[][] {{"documentType", documentType}, {"symbol", symbol},
                {"subject", subject}}) {
            if (required[1] == null || required[1].isBlank()) {
                faults.add(required[0] + " is required");
            }
        }
        if (body == null || body.isEmpty()) {
            faults.add("body: at least one block is required");
        } else {
            for (int i = 0; i < body.size(); i++) {
                Block block = body.get(i);
                if (block.parts() != 1) {
                    faults.add("body[" + i + "]: give exactly one of heading, paragraph, field, table");
                } else if (block.table() != null && (block.table().rows() == null || block.table().columns() == null
                        || block.table().columns().isEmpty()
                        || block.table().columns().stream().anyMatch(column -> column.width() < 1))) {
                    faults.add("body[" + i + "].table: rows and columns (each with a width of 1 or more) are required");
                }
            }
        }
        return faults.build().toList();
    }

    Map<String, String> labelsOrNone() {
        return labels == null ? Map.of() : labels;
    }
}
