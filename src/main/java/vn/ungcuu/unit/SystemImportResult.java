package vn.ungcuu.unit;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import of systems did, or with {@code dryRun=true} would do, line by line. */
@Schema(name = "SystemImportResult")
public record SystemImportResult(
        @Schema(description = "true: nothing was written") boolean dryRun,
        @Schema(example = "12") int created,
        @Schema(example = "3") int changed,
        @Schema(example = "0") int unchanged,
        @Schema(description = "Refused lines; only a dry run answers with some (a real import is then a 400)",
                example = "0") int refused,
        List<Line> lines) {

    /** One line of the import. */
    @Schema(name = "SystemImportLine")
    public record Line(
            @Schema(description = "The CSV line (the header is line 1), or the position in the JSON array (from 1)",
                    example = "2") int line,
            ImportAction action,
            @Schema(nullable = true, description = "The system created or changed (null when refused, and on a dry run's CREATE)")
            UUID id,
            @Schema(nullable = true, description = "Null when the line could not be read", example = "XA-NGOCLAC") String unitCode,
            @Schema(nullable = true, example = "Hệ thống một cửa điện tử xã") String name,
            @Schema(nullable = true, description = "The fields a CHANGE changes; null for other actions") List<String> changedFields,
            @Schema(nullable = true, description = "Why a REFUSE line is refused (null for other actions); each field is named lines[N].field")
            List<Fault> errors) {
    }

    /** One reason a line is refused. */
    @Schema(name = "SystemImportFault")
    public record Fault(
            @Schema(example = "lines[3].securityLevel") String field,
            @Schema(example = "must be less than or equal to 5") String message) {
    }
}
