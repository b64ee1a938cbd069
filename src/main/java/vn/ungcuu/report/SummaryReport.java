package vn.ungcuu.report;

import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ungcuu.preparedness.PreparednessSummary;

/**
 * The 6-monthly or yearly summary of the incidents reported in a period (the plan's report of Phòng Văn
 * hóa và Thông tin to the district committee). Every count is of incidents whose {@code reportedAt} falls
 * in [{@code from}, {@code to}); statuses, severities, escalations and breaches are as they stand at
 * {@code generatedAt}. Every property is always present, and the enum-keyed objects carry every value.
 */
@Schema(name = "SummaryReport", description = "Incidents reported in a period, counted and timed")
public record SummaryReport(
        @Schema(required = true, nullable = true, example = "2026-H1",
                description = "The period asked for (period=YYYY, YYYY-H1 or YYYY-H2); null when asked by from/to")
        String period,
        @Schema(required = true, example = "2025-12-31T17:00:00Z", description = "Start of the period "
                + "(inclusive): for periods and dates, midnight in the district's time zone")
        Instant from,
        @Schema(required = true, example = "2026-06-30T17:00:00Z", description = "End of the period (exclusive)")
        Instant to,
        @Schema(required = true, example = "Asia/Ho_Chi_Minh",
                description = "The district's time zone, in which periods and dates are read")
        String timeZone,
        @Schema(required = true, example = "2026-07-01T02:00:00.123456Z",
                description = "When the report was computed; statuses and breaches are as of then")
        Instant generatedAt,
        @Schema(required = true, example = "12", description = "Incidents reported in the period")
        long total,
        @Schema(required = true, description = "Incidents per current status; every status is present (0 when none)",
                example = "{\"NEW\": 1, \"TRIAGED\": 0, \"IN_PROGRESS\": 2, \"ESCALATED\": 1, \"RESOLVED\": 1, "
                        + "\"CLOSED\": 6, \"REJECTED\": 1}")
        Map<String, Long> byStatus,
        @Schema(required = true, description = "Incidents per current severity, those never assessed under "
                + "UNASSESSED; every key is present",
                example = "{\"LOW\": 4, \"MEDIUM\": 3, \"HIGH\": 2, \"CRITICAL\": 1, \"UNASSESSED\": 2}")
        Map<String, Long> bySeverity,
        @Schema(required = true, description = "Incidents per category; every category is present (0 when none)",
                example = "{\"DOS\": 0, \"PHISHING\": 5, \"MALWARE\": 4, \"UNAUTHORIZED_ACCESS\": 0, "
                        + "\"DEFACEMENT\": 2, \"RANSOMWARE\": 1, \"DESTRUCTION\": 0, \"DATA_THEFT\": 0, "
                        + "\"COMBINED\": 0, \"OTHER\": 0}")
        Map<String, Long> byCategory,
        @Schema(required = true, description = "Incidents per reporting unit code, for the units that reported "
                + "any, ordered by code", example = "{\"TT-NGOCLAC\": 5, \"XA-MINHSON\": 7}")
        Map<String, Long> byUnit,
        @Schema(required = true, example = "2",
                description = "Escalations of these incidents to the provincial team, whatever their status")
        long escalations,
        @Schema(required = true, example = "1",
                description = "Of those escalations, the ones still open (PENDING or ACKNOWLEDGED)")
        long openEscalations,
        @Schema(required = true, description = "From reportedAt to triagedAt, over the incidents triaged")
        Durations timeToTriage,
        @Schema(required = true,
                description = "From reportedAt to resolvedAt, over the incidents resolved (and not reopened)")
        Durations timeToResolve,
        @Schema(required = true)
        DeadlineBreaches deadlinesBreached,
        @Schema(required = true, description = "Form 05 of Circular 20/2017/TT-BTTTT: per category, how its "
                + "incidents were handled; every category is present. REJECTED incidents (not incidents, or "
                + "duplicates) are left out, so handledByUnitAlone + withProvincialSupport = incidents")
        Map<String, CategoryHandling> handlingByCategory,
        @Schema(required = true, description = "Per obligation kind (the regimes' duties: GET /regimes), how these "
                + "incidents' obligations stand; every kind of a regime in force during the period is present, in "
                + "the regimes' order. metOnTime + metLate + open + breached + waived = total",
                example = "{\"REPORT_72H\": {\"total\": 5, \"metOnTime\": 3, \"metLate\": 1, \"open\": 0, "
                        + "\"breached\": 1, \"waived\": 0}}")
        Map<String, ObligationTally> obligations,
        @Schema(required = true, description = "The preparedness registers: drills, trainings and checks of "
                + "equipment held in the period")
        PreparednessSummary preparedness) {

    /** How the obligations of one kind stand: each counted once, in the first bucket that holds. */
    @Schema(name = "ReportObligationTally")
    public record ObligationTally(
            @Schema(required = true, example = "5") long total,
            @Schema(required = true, example = "3", description = "Met at or before their due time") long metOnTime,
            @Schema(required = true, example = "1", description = "Met after their due time") long metLate,
            @Schema(required = true, example = "0", description = "Not met, not yet due") long open,
            @Schema(required = true, example = "1", description = "Not met and already past due") long breached,
            @Schema(required = true, example = "0",
                    description = "Waived with a reason (e.g. the incident was rejected)") long waived) {

        static ObligationTally none() {
            return new ObligationTally(0, 0, 0, 0, 0, 0);
        }
    }

    /** How long a step took, in seconds (to the millisecond); mean and median null when no incident got there. */
    @Schema(name = "ReportDurations")
    public record Durations(
            @Schema(required = true, example = "9", description = "Incidents the figures are computed over")
            long incidents,
            @Schema(required = true, nullable = true, example = "5400.5", description = "Mean, in seconds")
            Double meanSeconds,
            @Schema(required = true, nullable = true, example = "3600",
                    description = "Median (interpolated: percentile_cont 0.5), in seconds")
            Double medianSeconds) {
    }

    /** The deadlines of these incidents that are breached: met late, or not met and past due. */
    @Schema(name = "ReportDeadlineBreaches",
            description = "Deadlines of these incidents that are breached as of generatedAt: met after their due "
                    + "time, or not met and already past due")
    public record DeadlineBreaches(
            @Schema(required = true, example = "3")
            long total,
            @Schema(required = true, description = "Per obligation kind: met late, not met and past due, or waived "
                    + "when already past due; every kind of a regime in force during the period is present",
                    example = "{\"NOTIFY\": 2, \"INITIAL_REPORT\": 1, \"END_REPORT\": 0}")
            Map<String, Long> byKind) {
    }

    /** One category's line of Form 05. */
    @Schema(name = "ReportCategoryHandling")
    public record CategoryHandling(
            @Schema(required = true, example = "4", description = "Incidents of the category, REJECTED ones left out")
            long incidents,
            @Schema(required = true, example = "3",
                    description = "Handled by the unit alone: never escalated to the provincial team")
            long handledByUnitAlone,
            @Schema(required = true, example = "1",
                    description = "Handled with the support of the provincial team: escalated at least once")
            long withProvincialSupport,
            @Schema(required = true, example = "1",
                    description = "Support requested: the unit declared the incident beyond its capacity")
            long supportRequested) {
    }
}
