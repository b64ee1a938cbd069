package vn.ungcuu.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ungcuu.clock.TimeSource;
import vn.ungcuu.config.UngCuuConfig;
import vn.ungcuu.document.DocumentFormat;
import vn.ungcuu.document.DocumentOrder;
import vn.ungcuu.document.Documents;
import vn.ungcuu.document.GeneratedDocument;
import vn.ungcuu.document.VietnameseDates;
import vn.ungcuu.preparedness.PreparednessSummary;
import vn.ungcuu.regime.Regime;
import vn.ungcuu.regime.RegimeStore;
import vn.ungcuu.security.CurrentUser;
import vn.ungcuu.unit.Unit;
import vn.ungcuu.unit.UnitRepository;

/**
 * The periodic reports as the documents a unit signs and sends: the half-year or yearly summary (worded by the
 * template of the regime in force at the period's end: Form 05 for vn-2017, the 2026 summary after) and the annual
 * report on information systems (Decree 331/2026 Form 08). Issued by the caller's unit, dated the day generated.
 */
@ApplicationScoped
public class ReportDocuments {

    static final String AUDIT_TYPE = "REPORT";
    static final String SYSTEMS_REGIME = "vn-2026";

    @Inject
    ReportService reports;

    @Inject
    SystemsReportService systemsReports;

    @Inject
    RegimeStore regimes;

    @Inject
    UnitRepository units;

    @Inject
    Documents documents;

    @Inject
    CurrentUser user;

    @Inject
    TimeSource time;

    @Inject
    UngCuuConfig config;

    public GeneratedDocument summary(ReportPeriod period, boolean currentMap, DocumentFormat format) {
        SummaryReport summary = reports.summary(period, currentMap);
        ZoneId zone = config.timeZone();
        Regime regime = regimes.inForceAt(summary.to().minusNanos(1));
        LocalDate first = summary.from().atZone(zone).toLocalDate();
        LocalDate last = summary.to().minusNanos(1).atZone(zone).toLocalDate();

        Map<String, String> facts = new HashMap<>();
        facts.put("summary.periodName", periodName(summary.period()));
        facts.put("summary.from", VietnameseDates.day(first));
        facts.put("summary.to", VietnameseDates.day(last));
        facts.put("summary.timeZone", summary.timeZone());
        facts.put("summary.total", Long.toString(summary.total()));
        facts.put("summary.escalations", Long.toString(summary.escalations()));
        facts.put("summary.openEscalations", Long.toString(summary.openEscalations()));
        facts.put("summary.timeToTriage", durations(summary.timeToTriage()));
        facts.put("summary.timeToResolve", durations(summary.timeToResolve()));
        facts.put("summary.breaches", Long.toString(summary.deadlinesBreached().total()));
        facts.putAll(preparedness(summary.preparedness()));
        facts.put("regime.id", regime.id());
        facts.put("regime.version", Integer.toString(regime.version()));

        Map<String, List<Map<String, String>>> tables = new HashMap<>();
        tables.put("categories", summary.handlingByCategory().entrySet().stream().map(entry -> row(
                "category", entry.getKey(), "incidents", entry.getValue().incidents(),
                "handledByUnitAlone", entry.getValue().handledByUnitAlone(),
                "withProvincialSupport", entry.getValue().withProvincialSupport(),
                "supportRequested", entry.getValue().supportRequested())).toList());
        tables.put("severities", counts("severity", summary.bySeverity()));
        tables.put("statuses", counts("status", summary.byStatus()));
        tables.put("units", summary.byUnit().entrySet().stream().map(entry -> row("unit",
                unitName(entry.getKey()), "code", entry.getKey(), "incidents", entry.getValue())).toList());
        tables.put("obligations", summary.obligations().entrySet().stream().map(entry -> row(
                "kind", entry.getKey(), "title", obligationTitle(entry.getKey()),
                "total", entry.getValue().total(), "metOnTime", entry.getValue().metOnTime(),
                "metLate", entry.getValue().metLate(), "open", entry.getValue().open(),
                "breached", entry.getValue().breached(), "waived", entry.getValue().waived())).toList());

        String label = period.label() != null ? period.label() : first + "_" + last;
        return documents.generate(new DocumentOrder(regime.id(), "SUMMARY", user.unitCode().orElse(null), null,
                today(), facts, tables, AUDIT_TYPE, "summary/" + label, "summary " + label, "summary-" + label),
                format);
    }

    public GeneratedDocument systems(int year, DocumentFormat format) {
        SystemsReport report = systemsReports.of(year);
        Map<String, String> facts = new HashMap<>();
        facts.put("systems.year", Integer.toString(report.year()));
        facts.put("systems.periodStart", VietnameseDates.day(report.periodStart()));
        facts.put("systems.periodEnd", VietnameseDates.day(report.periodEnd()));
        facts.put("systems.ownerDueDate", VietnameseDates.day(report.ownerDueDate()));
        facts.put("systems.ministryDueDate", VietnameseDates.day(report.ministryDueDate()));
        facts.put("systems.total", Long.toString(report.systems()));
        facts.put("systems.withSecurityRegulation", Long.toString(report.withSecurityRegulation()));
        facts.put("systems.checks", Long.toString(report.checks().total()));
        facts.put("systems.systemsChecked", Long.toString(report.checks().systemsChecked()));

        Map<String, List<Map<String, String>>> tables = new HashMap<>();
        tables.put("levels", report.byLevel().entrySet().stream()
                .map(entry -> row("level", entry.getKey(), "systems", entry.getValue())).toList());
        tables.put("approvals", report.byApprovalStatus().entrySet().stream().map(entry -> row("status",
                report.approvalStatusLabels().getOrDefault(entry.getKey(), entry.getKey()), "systems",
                entry.getValue())).toList());
        tables.put("plans", counts("status", report.bySecurityPlanStatus(), "systems"));
        tables.put("checkKinds", counts("kind", report.checks().byKind(), "checks"));
        tables.put("checkResults", counts("result", report.checks().byResult(), "checks"));

        return documents.generate(new DocumentOrder(SYSTEMS_REGIME, "SYSTEMS_REPORT", user.unitCode().orElse(null),
                null, today(), facts, tables, AUDIT_TYPE, "systems/" + year, "systems report " + year,
                "systems-" + year), format);
    }

    /** "6 tháng đầu năm 2026", "6 tháng cuối năm 2026", "năm 2026"; "trong kỳ" for a period given by dates. */
    static String periodName(String period) {
        if (period == null) {
            return "trong kỳ báo cáo";
        }
        if (period.endsWith("-H1")) {
            return "6 tháng đầu năm " + period.substring(0, 4);
        }
        if (period.endsWith("-H2")) {
            return "6 tháng cuối năm " + period.substring(0, 4);
        }
        return "năm " + period;
    }

    /** "trung bình 1 giờ 30 phút, trung vị 1 giờ (9 sự cố)", or that no incident got there. */
    static String durations(SummaryReport.Durations durations) {
        if (durations.incidents() == 0) {
            return "chưa có sự cố nào";
        }
        return "trung bình " + VietnameseDates.duration(durations.meanSeconds()) + ", trung vị "
                + VietnameseDates.duration(durations.medianSeconds()) + " (" + durations.incidents() + " sự cố)";
    }

    private static Map<String, String> preparedness(PreparednessSummary preparedness) {
        Map<String, String> facts = new HashMap<>();
        facts.put("preparedness.drills", Long.toString(preparedness.drills().total()));
        facts.put("preparedness.drillsOwn", Long.toString(preparedness.drills().own()));
        facts.put("preparedness.drillsNational", Long.toString(preparedness.drills().national()));
        facts.put("preparedness.trainings", Long.toString(preparedness.trainings().total()));
        facts.put("preparedness.participants", Long.toString(preparedness.trainings().participants()));
        facts.put("preparedness.certificates", Long.toString(preparedness.trainings().certificates()));
        facts.put("preparedness.certificatesLevel3To5",
                Long.toString(preparedness.trainings().certificatesLevel3To5()));
        facts.put("preparedness.equipmentChecks", Long.toString(preparedness.equipmentChecks().total()));
        facts.put("preparedness.equipmentPassed", Long.toString(preparedness.equipmentChecks().passed()));
        facts.put("preparedness.equipmentPassedWithRemarks",
                Long.toString(preparedness.equipmentChecks().passedWithRemarks()));
        facts.put("preparedness.equipmentFailed", Long.toString(preparedness.equipmentChecks().failed()));
        return facts;
    }

    private static List<Map<String, String>> counts(String name, Map<String, Long> counts) {
        return counts(name, counts, "incidents");
    }

    private static List<Map<String, String>> counts(String name, Map<String, Long> counts, String countName) {
        return counts.entrySet().stream().map(entry -> row(name, entry.getKey(), countName, entry.getValue()))
                .toList();
    }

    /** A table row from name, value pairs, in order. */
    private static Map<String, String> row(Object... namesAndValues) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            row.put((String) namesAndValues[i], String.valueOf(namesAndValues[i + 1]));
        }
        return row;
    }

    private String unitName(String code) {
        Unit unit = units.findById(code);
        return unit == null ? code : unit.name;
    }

    /** The obligation's Vietnamese title in the latest regime naming its kind. */
    private String obligationTitle(String kind) {
        return regimes.latest().stream().map(regime -> regime.obligation(kind)).flatMap(java.util.Optional::stream)
                .reduce((earlier, later) -> later).map(obligation -> obligation.title().vi()).orElse(kind);
    }

    private LocalDate today() {
        return time.now().atZone(config.timeZone()).toLocalDate();
    }
}
