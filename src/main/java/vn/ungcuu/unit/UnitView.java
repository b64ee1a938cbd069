package vn.ungcuu.unit;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A unit as the API answers it. */
@Schema(name = "Unit")
public record UnitView(
        @Schema(example = "XA-MINHSON") String code,
        @Schema(example = "UBND xã Minh Sơn") String name,
        UnitType type,
        @Schema(nullable = true, example = "UBND-NGOCLAC") String parentCode,
        @Schema(nullable = true) ContactData securityLead,
        @Schema(nullable = true) ContactData focalPoint,
        boolean provincialTeamMember,
        boolean active,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public static UnitView of(Unit unit) {
        return new UnitView(unit.code, unit.name, unit.type, unit.parentCode, Contact.view(unit.securityLead),
                Contact.view(unit.focalPoint), unit.provincialTeamMember, unit.active, unit.createdAt,
                unit.updatedAt, unit.version);
    }
}
