package vn.ungcuu.unit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What kind of body a unit is. Since 01/07/2025 local government has two tiers: the {@code PROVINCE}, its
 * departments (sở, ban, ngành: {@code DEPARTMENT}), {@code COMMUNE}s, {@code WARD}s and {@code SPECIAL_ZONE}s
 * (đặc khu), beside the police ({@code POLICE}) and other offices ({@code OFFICE}). {@code DISTRICT} and
 * {@code TOWN} (thị trấn) are legacy, valid until 30/06/2025; {@code COORDINATOR} and {@code PROVINCIAL} are the
 * district-era values, kept so that existing units keep working.
 */
@Schema(description = "PROVINCE, DEPARTMENT (sở, ban, ngành), COMMUNE, WARD, SPECIAL_ZONE (đặc khu), POLICE, "
        + "OFFICE; legacy DISTRICT and TOWN (until 30/06/2025); COORDINATOR and PROVINCIAL from the district era")
public enum UnitType {
    COMMUNE, TOWN, OFFICE, POLICE, COORDINATOR, PROVINCIAL, PROVINCE, DEPARTMENT, WARD, SPECIAL_ZONE, DISTRICT
}
