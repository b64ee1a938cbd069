package vn.ungcuu.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a feature asks a document of: the template (regime and document kind), the issuing unit (null: blanks to fill
 * in), the recorded number (null: left blank), the date printed, the facts the template's placeholders name, the
 * rows of its tables (each row's cells by {@code row.<name>}), what the audit entry is about, and the file's name.
 */
public record DocumentOrder(String regime, String document, String issuerUnitCode, String documentNumber,
        LocalDate date, Map<String, String> facts, Map<String, List<Map<String, String>>> tables, String auditType,
        String auditId, String source, String fileName) {

    public DocumentOrder {
        facts = Map.copyOf(facts);
        tables = Map.copyOf(tables);
    }
}
