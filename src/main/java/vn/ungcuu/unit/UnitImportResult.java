package vn.ungcuu.unit;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ungcuu.problem.FieldError;

/** What an import did, or (dry run) would do, line by line. */
@Schema(name = "UnitImportResult")
public record UnitImportResult(
        @Schema(description = "True when nothing was written") boolean dryRun,
        @Schema(example = "7") int created,
        @Schema(example = "2") int changed,
        @Schema(example = "0") int unchanged,
        @Schema(description = "Lines refused (a real import with any refused line answers 400 instead)",
                example = "0") int refused,
        @Schema(description = "Successions recorded (or to be)", example = "21") int successions,
        List<Line> lines) {

    @Schema(name = "UnitImportOutcome", description = "What happens to the line's unit")
    public enum Outcome {
        CREATE, UPDATE, UNCHANGED, REFUSED
    }

    /** One row: its line, what happens to it, and why it is refused. */
    @Schema(name = "UnitImportLine")
    public record Line(
            @Schema(description = "CSV: the line of the file (the header is line 1); JSON: the position in the "
                    + "array, from 1", example = "2") int line,
            @Schema(nullable = true, example = "XA-NGOCLAC") String code,
            Outcome outcome,
            @Schema(description = "The fields that are (or would be) set", example = "[\"name\", \"validTo\"]")
            List<String> changes,
            @Schema(description = "The successors newly recorded for this unit", example = "[\"XA-NGOCLAC\"]")
            List<String> successions,
            @Schema(description = "Why it is refused: field and message") List<FieldError> errors) {
    }
}
