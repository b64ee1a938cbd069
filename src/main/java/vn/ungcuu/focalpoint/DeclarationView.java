package vn.ungcuu.focalpoint;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recorded declaration, with the obligations it met when it was recorded. */
@Schema(name = "UnitDeclaration")
public record DeclarationView(
        UUID id,
        @Schema(example = "XA-MINHSON") String unitCode,
        Instant declaredAt,
        @Schema(example = "PA05") String authorityCode,
        @Schema(nullable = true, example = "15/UBND-VP") String documentNumber,
        @Schema(nullable = true, example = "Gửi qua hệ thống quản lý văn bản điều hành") String note,
        @Schema(description = "Who recorded it (token sub)") String recordedBy,
        Instant recordedAt,
        @Schema(description = "The obligations it met (ids)")
        List<UUID> met) {

    static DeclarationView of(Declaration declaration, List<UUID> met) {
        return new DeclarationView(declaration.id, declaration.unitCode, declaration.declaredAt,
                declaration.authorityCode, declaration.documentNumber, declaration.note, declaration.recordedBy,
                declaration.recordedAt, met);
    }
}
