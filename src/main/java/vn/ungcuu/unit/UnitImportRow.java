package vn.ungcuu.unit;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One unit of an import, as the JSON form documents it (the CSV form has the same columns, successorCodes
 * separated by ";"). The service reads rows as text itself, so that every bad value is named by line and field.
 */
@Schema(name = "UnitImportRow", description = "A unit to create or change. A key left out keeps the existing "
        + "unit's value (parentCode, validFrom, validTo, successorCodes, successionNote); null or an empty string "
        + "clears it")
public record UnitImportRow(
        @Schema(required = true, pattern = UnitData.CODE_PATTERN, example = "XA-NGOCLAC") String code,
        @Schema(required = true, maxLength = 200, example = "UBND xã Ngọc Lặc") String name,
        @Schema(required = true, example = "COMMUNE") UnitType type,
        @Schema(nullable = true, pattern = UnitData.CODE_PATTERN, example = "TINH-THANHHOA") String parentCode,
        @Schema(nullable = true, format = "date", example = "2025-07-01") String validFrom,
        @Schema(nullable = true, format = "date", description = "Exclusive; required with successorCodes: the day "
                + "they take over", example = "2025-07-01") String validTo,
        @Schema(nullable = true, description = "The units that carry this one on from validTo (several: a split)",
                example = "[\"XA-NGOCLAC\"]") List<String> successorCodes,
        @Schema(nullable = true, maxLength = 1000, description = "The note of the successions this row records",
                example = "Sắp xếp đơn vị hành chính cấp xã năm 2025") String successionNote) {

    /** The columns of the CSV form, in the order the example uses. */
    static final List<String> COLUMNS = List.of("code", "name", "type", "parentCode", "validFrom", "validTo",
            "successorCodes", "successionNote");
}
