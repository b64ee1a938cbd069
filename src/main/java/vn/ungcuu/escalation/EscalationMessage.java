package vn.ungcuu.escalation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A provincial update on an escalation; it appears on the incident's timeline. */
@Schema(name = "EscalationUpdate")
public record EscalationMessage(
        @NotBlank @Size(max = 20000) @Schema(example = "Đội ứng cứu tỉnh đã tiếp nhận, đang phân tích mẫu mã độc")
        String message) {
}
