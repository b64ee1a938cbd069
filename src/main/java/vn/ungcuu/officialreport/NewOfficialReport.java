package vn.ungcuu.officialreport;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /incidents/{id}/reports}: a report the unit has sent, as it was sent. */
@Schema(name = "NewOfficialReport")
public record NewOfficialReport(
        @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "must be a report kind such as REPORT_72H")
        @Schema(description = "A report kind of the incident's regime (GET /regimes/{id}: reportKinds)",
                example = "REPORT_72H") String kind,
        @NotNull @Pattern(regexp = "[A-Z][A-Z0-9-]{1,39}", message = "must be an authority code such as PA05")
        @Schema(description = "An active authority's code (GET /authorities), or DATA-SUBJECTS for a notice to the "
                + "data subjects themselves", example = "PA05") String recipient,
        @NotNull @Schema(description = "When it was sent (RFC 3339): not before the incident was detected, not in "
                + "the future", example = "2026-07-04T09:30:00+07:00") OffsetDateTime sentAt,
        @NotNull ReportChannel channel,
        @Size(max = 100) @Schema(description = "The document's number (số văn bản); required unless the channel is "
                + "PHONE", example = "125/BC-UBND") String documentNumber,
        @NotNull @Size(max = 50)
        @Schema(description = "What the report said: every field the regime lists for the kind "
                + "(reportKinds[].content), each as non-blank text, and no other",
                example = "{\"cause\": \"Mật khẩu quản trị yếu bị dò tìm\", \"scope\": \"Cổng thông tin điện tử xã\", "
                        + "\"measuresTaken\": \"Cô lập máy chủ, đổi mật khẩu, khôi phục từ bản sao lưu\", "
                        + "\"status\": \"Đã khôi phục hoạt động\", \"supportRequested\": \"Không\"}")
        Map<String, @Size(max = 20000) String> content,
        @Size(max = 50) @Schema(description = "Attachments of this incident that went with the report (the signed "
                + "document, its annexes)") List<@NotNull UUID> attachmentIds,
        @Schema(description = "An earlier report of this incident that this one corrects; a correction meets no "
                + "obligation") UUID supersedes) {
}
