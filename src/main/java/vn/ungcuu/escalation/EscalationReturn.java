package vn.ungcuu.escalation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The provincial team hands the incident back to the district, with its reason. */
@Schema(name = "EscalationReturn")
public record EscalationReturn(
        @NotBlank @Size(max = 2000) @Schema(example = "Sự cố trong khả năng xử lý của huyện") String reason) {
}
