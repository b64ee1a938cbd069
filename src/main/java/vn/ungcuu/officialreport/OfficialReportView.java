package vn.ungcuu.officialreport;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ungcuu.regime.RegimeRef;

/** An official report as the API answers it. */
@Schema(name = "OfficialReport", description = "What a unit sent to an authority about an incident; never changed "
        + "once recorded (a correction is a new report naming it in supersedes)")
public record OfficialReportView(
        UUID id,
        UUID incidentId,
        @Schema(type = SchemaType.STRING, pattern = "^[A-Z][A-Z0-9_]{1,39}$", example = "REPORT_72H",
                description = "A report kind of the regime below") String kind,
        @Schema(description = "An authority code (GET /authorities), or DATA-SUBJECTS", example = "PA05")
        String recipient,
        Instant sentAt,
        ReportChannel channel,
        @Schema(nullable = true, example = "125/BC-UBND") String documentNumber,
        @Schema(description = "What it said, in the order the regime lists the kind's fields",
                example = "{\"cause\": \"Mật khẩu quản trị yếu bị dò tìm\", \"scope\": \"Cổng thông tin điện tử xã\", "
                        + "\"measuresTaken\": \"Cô lập máy chủ, đổi mật khẩu, khôi phục từ bản sao lưu\", "
                        + "\"status\": \"Đã khôi phục hoạt động\", \"supportRequested\": \"Không\"}")
        Map<String, String> content,
        @Schema(description = "Attachments of the incident that went with it; [] when none") List<UUID> attachmentIds,
        @Schema(nullable = true, description = "The earlier report this one corrects") UUID supersedes,
        @Schema(description = "The incident's obligation kinds it met when recorded (metBy names it there); [] when "
                + "none was open, or for a correction", example = "[\"REPORT_72H\"]") List<String> met,
        @Schema(description = "The regime version whose report kind it is") RegimeRef regime,
        @Schema(description = "Who recorded it (token sub)") String recordedBy,
        Instant recordedAt) {
}
