package vn.ungcuu.unit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
        long version,
        @Schema(nullable = true, description = "The first local day it exists; null: since before the service knew "
                + "it", example = "2025-07-01") LocalDate validFrom,
        @Schema(nullable = true, description = "The local day it ends, exclusive (its successions' effective day); "
                + "null: open. From that day it files no new incidents", example = "2025-07-01") LocalDate validTo,
        @Schema(description = "The units it succeeded (merged into it or split from them), by code")
        List<String> predecessorCodes,
        @Schema(description = "The units that succeeded it from validTo, by code (several: a split)")
        List<String> successorCodes) {

    /** The unit with its place in the succession graph. */
    public static UnitView of(Unit unit, UnitMap map) {
        return new UnitView(unit.code, unit.name, unit.type, unit.parentCode, Contact.view(unit.securityLead),
                Contact.view(unit.focalPoint), unit.provincialTeamMember, unit.active, unit.createdAt,
                unit.updatedAt, unit.version, unit.validFrom, unit.validTo, map.predecessorsOf(unit.code),
                map.successorsOf(unit.code));
    }

    /** The unit's own fields, for callers that need no successions (code, name, contacts). */
    public static UnitView of(Unit unit) {
        return of(unit, UnitMap.EMPTY);
    }
}
