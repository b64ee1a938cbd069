package vn.ungcuu.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem document, the body of every error answer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(description = "Stable URI of the kind of problem", example = "urn:ungcuu:problem:validation")
        String type,
        @Schema(example = "The request is not valid") String title,
        @Schema(example = "400") int status,
        @Schema(description = "What went wrong, for humans", example = "2 fields are invalid") String detail,
        @Schema(description = "The request path", example = "/api/v1/incidents") String instance,
        @Schema(description = "Id of the request, also in the X-Request-Id header and the server log")
        String requestId,
        @Schema(description = "The offending fields (validation problems only)") List<FieldError> errors,
        @Schema(description = "Extra machine-readable facts, e.g. the allowed actions")
        Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
