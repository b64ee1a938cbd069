/**
 * Summary reports: {@code GET /reports/summary?period=YYYY|YYYY-H1|YYYY-H2} (or {@code from}/{@code to}), the
 * plan's 6-monthly and yearly report, for auditors, coordinators and administrators. Read-only.
 *
 * <p>It covers the incidents reported in the period, with bounds in {@code ungcuu.time-zone} ({@code 2026-H1}
 * starts at midnight on 1 January in Hanoi, not in UTC): counts by status, severity ({@code UNASSESSED} too),
 * category and unit, escalations, mean and median time to triage and to resolve, deadlines breached, and Form
 * 05's per-category breakdown (handled alone, with the provincial team, support requested). JSON, or CSV with
 * {@code Accept: text/csv} ({@link vn.ungcuu.report.ReportCsv}).
 *
 * <p><b>One SQL statement</b> ({@code ReportService.SUMMARY_SQL}), so every figure comes from one snapshot, and
 * the period is a range scan of {@code incident_reported_idx} with index probes per incident (plans and
 * timings in {@code deploy/bench/README.md}). A yearly report over hundreds of thousands of incidents takes up
 * to a minute, so its query gets {@code ungcuu.reports.query-timeout} rather than the 10 s every other query
 * has, and its transaction that plus 10 s: the default 60 s once cancelled 16 concurrent yearly reports
 * ({@code ReportTimeoutIT}). The {@code preparedness} section (drills, trainings, checks of equipment held in the
 * period) is a second, small statement of {@code preparedness/PreparednessCounts} over its own table.
 *
 * <p>The annual report on information systems, {@code GET /reports/systems?year=} (Decree 331/2026, Form 08), is in
 * files of its own ({@code SystemsReport*}): the data period 15/12 to 14/12, the due dates 20/12 and 25/12, counts of
 * the register by level, approval, regulation and plan, and the checks done in the period. The register is small
 * (a province's hundreds of systems), so it runs two plain aggregates within the ordinary 10 s; it reads the
 * register's tables directly and the unit package only for its enumerations.
 */
package vn.ungcuu.report;
