package vn.ungcuu.report;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The summary as CSV (RFC 4180: CRLF line ends, a header row, fields quoted when they hold a comma, a
 * quote or a line break, quotes doubled), in a long format that mirrors the JSON: each row is
 * {@code section,key,value}, where {@code section} is the path of the JSON object holding the value
 * ({@code summary} for the top level, e.g. {@code byStatus}, {@code handlingByCategory.PHISHING}) and
 * {@code key} its property. A null is an empty field. Numbers are written plainly (no exponent).
 */
public final class ReportCsv {

    public static final String MEDIA_TYPE = "text/csv";
    static final String HEADER = "section,key,value";
    private static final String EOL = "\r\n";

    private ReportCsv() {
    }

    public static String of(SummaryReport report) {
        Writer csv = new Writer();
        csv.row("summary", "period", report.period());
        csv.row("summary", "from", report.from());
        csv.row("summary", "to", report.to());
        csv.row("summary", "timeZone", report.timeZone());
        csv.row("summary", "generatedAt", report.generatedAt());
        csv.row("summary", "total", report.total());
        csv.row("summary", "escalations", report.escalations());
        csv.row("summary", "openEscalations", report.openEscalations());
        csv.rows("byStatus", report.byStatus());
        csv.rows("bySeverity", report.bySeverity());
        csv.rows("byCategory", report.byCategory());
        csv.rows("byUnit", report.byUnit());
        csv.durations("timeToTriage", report.timeToTriage());
        csv.durations("timeToResolve", report.timeToResolve());
        csv.row("deadlinesBreached", "total", report.deadlinesBreached().total());
        csv.rows("deadlinesBreached.byKind", report.deadlinesBreached().byKind());
        report.handlingByCategory().forEach((category, line) -> {
            String section = "handlingByCategory." + category;
            csv.row(section, "incidents", line.incidents());
            csv.row(section, "handledByUnitAlone", line.handledByUnitAlone());
            csv.row(section, "withProvincialSupport", line.withProvincialSupport());
            csv.row(section, "supportRequested", line.supportRequested());
        });
        report.obligations().forEach((kind, tally) -> {
            String section = "obligations." + kind;
            csv.row(section, "total", tally.total());
            csv.row(section, "metOnTime", tally.metOnTime());
            csv.row(section, "metLate", tally.metLate());
            csv.row(section, "open", tally.open());
            csv.row(section, "breached", tally.breached());
            csv.row(section, "waived", tally.waived());
        });
        csv.row("preparedness.drills", "total", report.preparedness().drills().total());
        csv.row("preparedness.drills", "own", report.preparedness().drills().own());
        csv.row("preparedness.drills", "national", report.preparedness().drills().national());
        csv.row("preparedness.trainings", "total", report.preparedness().trainings().total());
        csv.row("preparedness.trainings", "participants", report.preparedness().trainings().participants());
        csv.row("preparedness.trainings", "certificates", report.preparedness().trainings().certificates());
        csv.row("preparedness.trainings", "certificatesLevel3To5",
                report.preparedness().trainings().certificatesLevel3To5());
        csv.row("preparedness.equipmentChecks", "total", report.preparedness().equipmentChecks().total());
        csv.row("preparedness.equipmentChecks", "passed", report.preparedness().equipmentChecks().passed());
        csv.row("preparedness.equipmentChecks", "passedWithRemarks",
                report.preparedness().equipmentChecks().passedWithRemarks());
        csv.row("preparedness.equipmentChecks", "failed", report.preparedness().equipmentChecks().failed());
        return csv.toString();
    }

    /** One field, quoted when it must be. */
    static String field(String value) {
        return vn.ungcuu.http.Csv.field(value);
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Double number) {
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    private static final class Writer {

        private final StringBuilder out = new StringBuilder(4096).append(HEADER).append(EOL);

        void row(String section, String key, Object value) {
            out.append(field(section)).append(',').append(field(key)).append(',').append(field(text(value)))
                    .append(EOL);
        }

        void rows(String section, Map<String, ?> values) {
            values.forEach((key, value) -> row(section, key, value));
        }

        void durations(String section, SummaryReport.Durations durations) {
            row(section, "incidents", durations.incidents());
            row(section, "meanSeconds", durations.meanSeconds());
            row(section, "medianSeconds", durations.medianSeconds());
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
