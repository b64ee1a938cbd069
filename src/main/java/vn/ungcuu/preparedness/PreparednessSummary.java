package vn.ungcuu.preparedness;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The preparedness section of the summary report: the drills, trainings and checks of equipment held in the
 * period (by their heldOn day, in the district's calendar).
 */
@Schema(name = "ReportPreparedness", description = "Drills, trainings and checks of equipment held in the period "
        + "(a record counts when the start of its heldOn day, in the district's time zone, is in [from, to))")
public record PreparednessSummary(
        @Schema(required = true) Drills drills,
        @Schema(required = true) Trainings trainings,
        @Schema(required = true) EquipmentChecks equipmentChecks) {

    @Schema(name = "ReportPreparednessDrills")
    public record Drills(
            @Schema(required = true, example = "3") long total,
            @Schema(required = true, example = "2", description = "Organised by the unit or the province") long own,
            @Schema(required = true, example = "1", description = "National drills taken part in") long national) {
    }

    @Schema(name = "ReportPreparednessTrainings")
    public record Trainings(
            @Schema(required = true, example = "2") long total,
            @Schema(required = true, example = "48", description = "People trained, summed over the courses")
            long participants,
            @Schema(required = true, example = "6", description = "Certificates given") long certificates,
            @Schema(required = true, example = "4", description = "Of those, certificates of administrators of "
                    + "level 3-5 systems (Law 116/2025 Art. 34.2)") long certificatesLevel3To5) {
    }

    @Schema(name = "ReportPreparednessEquipmentChecks")
    public record EquipmentChecks(
            @Schema(required = true, example = "5") long total,
            @Schema(required = true, example = "3") long passed,
            @Schema(required = true, example = "1") long passedWithRemarks,
            @Schema(required = true, example = "1") long failed) {
    }
}
