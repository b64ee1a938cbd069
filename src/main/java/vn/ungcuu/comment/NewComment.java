package vn.ungcuu.comment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /incidents/{id}/comments}. */
@Schema(name = "NewComment")
public record NewComment(
        @NotBlank @Size(max = 20000) @Schema(example = "Đã cài lại hệ điều hành cho máy trạm bị nhiễm") String body,
        @Schema(description = "An internal note, never shown to reporters (default false)") Boolean internal) {
}
