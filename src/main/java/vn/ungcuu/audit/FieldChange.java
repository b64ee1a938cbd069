package vn.ungcuu.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field's change in an audit entry; {@code from} is null on creation, values are JSON. */
public record FieldChange(
        @Schema(example = "title") String field,
        @Schema(description = "The value before (any JSON value)", nullable = true) JsonNode from,
        @Schema(description = "The value after (any JSON value)", nullable = true) JsonNode to) {
}
