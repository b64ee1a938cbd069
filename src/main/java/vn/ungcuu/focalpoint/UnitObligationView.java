package vn.ungcuu.focalpoint;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A unit's obligation as the API shows it. */
@Schema(name = "UnitObligation")
public record UnitObligationView(
        UUID id,
        @Schema(example = "XA-MINHSON") String unitCode,
        @Schema(example = "FOCAL_POINT_DECLARATION") String kind,
        @Schema(example = "Khai báo đầu mối ứng cứu sự cố với cơ quan chức năng") String title,
        @Schema(example = "Thông tư 20/2017/TT-BTTTT (báo cáo thay đổi đầu mối trong 24 giờ); Nghị định "
                + "330/2026/NĐ-CP Điều 21 (không khai báo, cập nhật đầu mối ứng cứu sự cố)") String legalBasis,
        @Schema(description = "The change of focal point that started it") UUID changeId,
        Instant startsAt,
        Instant dueAt,
        @Schema(enumeration = {"OPEN", "MET"}, example = "OPEN") String status,
        @Schema(nullable = true) Instant metAt,
        @Schema(nullable = true, description = "The declaration that met it") UUID metBy,
        @Schema(description = "Met after dueAt, or still open past it") boolean breached) {

    static UnitObligationView of(UnitObligation obligation, Instant now) {
        return new UnitObligationView(obligation.id, obligation.unitCode, obligation.kind, UnitObligation.TITLE,
                obligation.legalBasis, obligation.changeId, obligation.startsAt, obligation.dueAt, obligation.status,
                obligation.metAt, obligation.metBy, obligation.breached(now));
    }
}
