package vn.ungcuu.report;

import java.util.Map;
import vn.ungcuu.http.Csv;

/**
 * The annual systems report as CSV, in the summary's long format ({@link ReportCsv}): rows
 * {@code section,key,value}, {@code section} being the path of the JSON object holding the value
 * ({@code report} for the top level, e.g. {@code byLevel}, {@code byLevelAndApprovalStatus.3}, {@code checks.byKind}).
 */
final class SystemsReportCsv {

    private static final String EOL = "\r\n";

    private SystemsReportCsv() {
    }

    static String of(SystemsReport report) {
        StringBuilder out = new StringBuilder(2048).append(ReportCsv.HEADER).append(EOL);
        row(out, "report", "year", report.year());
        row(out, "report", "periodStart", report.periodStart());
        row(out, "report", "periodEnd", report.periodEnd());
        row(out, "report", "from", report.from());
        row(out, "report", "to", report.to());
        row(out, "report", "timeZone", report.timeZone());
        row(out, "report", "ownerDueDate", report.ownerDueDate());
        row(out, "report", "ministryDueDate", report.ministryDueDate());
        row(out, "report", "legalBasis", report.legalBasis());
        row(out, "report", "generatedAt", report.generatedAt());
        row(out, "report", "systems", report.systems());
        row(out, "report", "withSecurityRegulation", report.withSecurityRegulation());
        rows(out, "byLevel", report.byLevel());
        rows(out, "byApprovalStatus", report.byApprovalStatus());
        rows(out, "approvalStatusLabels", report.approvalStatusLabels());
        report.byLevelAndApprovalStatus().forEach((level, counts) -> rows(out, "byLevelAndApprovalStatus." + level,
                counts));
        rows(out, "bySecurityPlanStatus", report.bySecurityPlanStatus());
        row(out, "checks", "total", report.checks().total());
        row(out, "checks", "systemsChecked", report.checks().systemsChecked());
        rows(out, "checks.byKind", report.checks().byKind());
        rows(out, "checks.byResult", report.checks().byResult());
        return out.toString();
    }

    private static void rows(StringBuilder out, String section, Map<String, ?> values) {
        values.forEach((key, value) -> row(out, section, key, value));
    }

    private static void row(StringBuilder out, String section, String key, Object value) {
        out.append(Csv.field(section)).append(',').append(Csv.field(key)).append(',')
                .append(Csv.field(value == null ? null : value.toString())).append(EOL);
    }
}
