package vn.ungcuu.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ungcuu.clock.TimeSource;
import vn.ungcuu.config.UngCuuConfig;
import vn.ungcuu.unit.ApprovalStatus;
import vn.ungcuu.unit.CheckKind;
import vn.ungcuu.unit.CheckResult;
import vn.ungcuu.unit.SecurityPlanStatus;

/**
 * The annual report on information systems, Form 08 of Decree 331/2026/NĐ-CP: the systems registered by the end of
 * the data period, counted by level and approval status, security regulation and plan; and the checks done in the
 * period. Levels, approvals and plans are the register's current values (it keeps no earlier states but in the
 * audit), so the report is meant to be drawn when it is due, in the days after the period ends.
 */
@ApplicationScoped
public class SystemsReportService {

    /** Decree 331/2026/NĐ-CP, Form 08: the data period runs from 15 December of the year before ... */
    static final MonthDay PERIOD_START = MonthDay.of(12, 15);
    /** ... to 14 December of the year reported (inclusive). */
    static final MonthDay PERIOD_END = MonthDay.of(12, 14);
    /** Decree 331/2026/NĐ-CP, Form 08: the operator reports to the system owner (chủ quản) by 20 December ... */
    static final MonthDay OWNER_DUE = MonthDay.of(12, 20);
    /** ... and the owner to the Ministry of Public Security by 25 December. */
    static final MonthDay MINISTRY_DUE = MonthDay.of(12, 25);
    static final String LEGAL_BASIS = "Nghị định 331/2026/NĐ-CP, Mẫu số 08";

    static final String SYSTEMS_SQL = """
            SELECT security_level, coalesce(approval_status, 'NONE'), security_regulation, security_plan_status,
                   count(*)
            FROM information_system
            WHERE created_at < :to
            GROUP BY 1, 2, 3, 4
            """;

    static final String CHECKS_SQL = """
            SELECT c.kind, c.result, count(*), count(DISTINCT c.system_id)
            FROM information_system_check c JOIN information_system s ON s.id = c.system_id
            WHERE s.created_at < :to AND c.checked_on BETWEEN :start AND :end
            GROUP BY GROUPING SETS ((c.kind, c.result), ())
            """;

    @Inject
    EntityManager entityManager;

    @Inject
    TimeSource time;

    @Inject
    UngCuuConfig config;

    @Transactional
    public SystemsReport of(int year) {
        ZoneId zone = config.timeZone();
        LocalDate start = PERIOD_START.atYear(year - 1);
        LocalDate end = PERIOD_END.atYear(year);
        Instant from = start.atStartOfDay(zone).toInstant();
        Instant to = end.plusDays(1).atStartOfDay(zone).toInstant();

        Map<String, Long> byLevel = new LinkedHashMap<>();
        Map<String, Map<String, Long>> byLevelAndStatus = new LinkedHashMap<>();
        for (int level = 1; level <= 5; level++) {
            byLevel.put(String.valueOf(level), 0L);
            byLevelAndStatus.put(String.valueOf(level), approvalKeys());
        }
        Map<String, Long> byStatus = approvalKeys();
        Map<String, Long> byPlan = new LinkedHashMap<>();
        for (SecurityPlanStatus status : SecurityPlanStatus.values()) {
            byPlan.put(status.name(), 0L);
        }
        long systems = 0;
        long withRegulation = 0;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(SYSTEMS_SQL).setParameter("to", to).getResultList();
        for (Object[] row : rows) {
            String level = String.valueOf(((Number) row[0]).intValue());
            String status = (String) row[1];
            long count = ((Number) row[4]).longValue();
            systems += count;
            byLevel.merge(level, count, Long::sum);
            byStatus.merge(status, count, Long::sum);
            byLevelAndStatus.get(level).merge(status, count, Long::sum);
            if ((Boolean) row[2]) {
                withRegulation += count;
            }
            byPlan.merge((String) row[3], count, Long::sum);
        }

        Map<String, Long> byKind = new LinkedHashMap<>();
        for (CheckKind kind : CheckKind.values()) {
            byKind.put(kind.name(), 0L);
        }
        Map<String, Long> byResult = new LinkedHashMap<>();
        for (CheckResult result : CheckResult.values()) {
            byResult.put(result.name(), 0L);
        }
        long checks = 0;
        long systemsChecked = 0;
        @SuppressWarnings("unchecked")
        List<Object[]> checkRows = entityManager.createNativeQuery(CHECKS_SQL).setParameter("to", to)
                .setParameter("start", start).setParameter("end", end).getResultList();
        for (Object[] row : checkRows) {
            long count = ((Number) row[2]).longValue();
            if (row[0] == null) {
                checks = count;
                systemsChecked = ((Number) row[3]).longValue();
            } else {
                byKind.merge((String) row[0], count, Long::sum);
                byResult.merge((String) row[1], count, Long::sum);
            }
        }

        Map<String, String> labels = new LinkedHashMap<>();
        for (ApprovalStatus status : ApprovalStatus.values()) {
            labels.put(status.name(), status.label());
        }
        labels.put(NONE, "Chưa xây dựng hồ sơ đề xuất cấp độ");
        return new SystemsReport(year, start, end, from, to, zone.getId(), OWNER_DUE.atYear(year),
                MINISTRY_DUE.atYear(year), LEGAL_BASIS, time.now(), systems, byLevel, byStatus, labels,
                byLevelAndStatus, withRegulation, byPlan,
                new SystemsReport.Checks(checks, systemsChecked, byKind, byResult));
    }

    static final String NONE = "NONE";

    private static Map<String, Long> approvalKeys() {
        Map<String, Long> keys = new LinkedHashMap<>();
        for (ApprovalStatus status : ApprovalStatus.values()) {
            keys.put(status.name(), 0L);
        }
        keys.put(NONE, 0L);
        return keys;
    }
}
