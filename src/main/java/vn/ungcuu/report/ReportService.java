package vn.ungcuu.report;

import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.function.Supplier;
import org.hibernate.Session;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.ungcuu.persistence.NetworkTimeout;
import vn.ungcuu.clock.TimeSource;
import vn.ungcuu.incident.Category;
import vn.ungcuu.incident.DeadlineKind;
import vn.ungcuu.incident.IncidentStatus;
import vn.ungcuu.report.SummaryReport.CategoryHandling;
import vn.ungcuu.report.SummaryReport.DeadlineBreaches;
import vn.ungcuu.report.SummaryReport.Durations;
import vn.ungcuu.severity.Severity;

/**
 * Read-only report queries. The summary is one SQL statement, so all its figures come from one snapshot:
 * the incidents reported in the period (a range scan of {@code incident_reported_idx}), each with its
 * escalation and breached-deadline counts (index probes of {@code escalation_incident_idx} and the
 * deadline primary key), aggregated by status, severity, category and unit at once with grouping sets.
 */
@ApplicationScoped
public class ReportService {

    public static final String UNASSESSED = "UNASSESSED";
    /** The report's transaction outlasts its query's allowance by this much. */
    static final Duration TRANSACTION_MARGIN = Duration.ofSeconds(10);

    /**
     * One row per status, severity, category and unit present, plus the grand total row, which alone
     * carries the period-wide times, escalations and breaches (the other rows' values there are unused).
     * A deadline is breached when met after its due time, or not met and past due at {@code :now}
     * (the rule of the incident view's {@code breached}).
     */
    static final String SUMMARY_SQL = """
            WITH reported AS (
                SELECT i.status, i.severity, i.category, i.unit_code, i.beyond_capacity,
                       CAST(extract(epoch FROM i.triaged_at - i.reported_at) AS double precision) AS triage_seconds,
                       CAST(extract(epoch FROM i.resolved_at - i.reported_at) AS double precision) AS resolve_seconds,
                       e.escalations, e.open_escalations, d.notify, d.initial_report, d.end_report
                FROM incident i
                CROSS JOIN LATERAL (
                    SELECT count(*) AS escalations,
                           count(*) FILTER (WHERE es.status IN ('PENDING', 'ACKNOWLEDGED')) AS open_escalations
                    FROM escalation es
                    WHERE es.incident_id = i.id) e
                CROSS JOIN LATERAL (
                    SELECT count(*) FILTER (WHERE dl.kind = 'NOTIFY') AS notify,
                           count(*) FILTER (WHERE dl.kind = 'INITIAL_REPORT') AS initial_report,
                           count(*) FILTER (WHERE dl.kind = 'END_REPORT') AS end_report
                    FROM incident_deadline dl
                    WHERE dl.incident_id = i.id
                      AND CASE WHEN dl.met_at IS NULL THEN dl.due_at < :now ELSE dl.met_at > dl.due_at END) d
                WHERE i.reported_at >= :from AND i.reported_at < :to
            )
            SELECT CASE WHEN grouping(status) = 0 THEN 'status'
                        WHEN grouping(severity) = 0 THEN 'severity'
                        WHEN grouping(category) = 0 THEN 'category'
                        WHEN grouping(unit_code) = 0 THEN 'unit'
                        ELSE 'total' END AS dimension,
                   coalesce(status, severity, category, unit_code) AS value,
                   count(*) AS incidents,
                   count(*) FILTER (WHERE status <> 'REJECTED' AND escalations = 0) AS handled_alone,
                   count(*) FILTER (WHERE status <> 'REJECTED' AND escalations > 0) AS with_support,
                   count(*) FILTER (WHERE status <> 'REJECTED' AND beyond_capacity) AS support_requested,
                   count(triage_seconds) AS triaged,
                   avg(triage_seconds) AS triage_mean,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY triage_seconds) AS triage_median,
                   count(resolve_seconds) AS resolved,
                   avg(resolve_seconds) AS resolve_mean,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY resolve_seconds) AS resolve_median,
                   CAST(coalesce(sum(escalations), 0) AS bigint) AS escalations,
                   CAST(coalesce(sum(open_escalations), 0) AS bigint) AS open_escalations,
                   CAST(coalesce(sum(notify), 0) AS bigint) AS breached_notify,
                   CAST(coalesce(sum(initial_report), 0) AS bigint) AS breached_initial_report,
                   CAST(coalesce(sum(end_report), 0) AS bigint) AS breached_end_report
            FROM reported
            GROUP BY GROUPING SETS ((status), (severity), (category), (unit_code), ())
            """;

    @Inject
    EntityManager em;

    @Inject
    TimeSource time;

    @Inject
    ReportConfig config;

    /**
     * The summary, in a transaction allowed to last as long as its query may (plus a margin, so that a query
     * past its allowance ends as the 503 of a timed-out socket): with the default transaction timeout
     * (60 s), 16 yearly reports at once over 1M incidents (deploy/bench) took 62 s each and the transaction
     * reaper cancelled every one of them, answering 500.
     */
    public SummaryReport summary(ReportPeriod period) {
        int timeoutSeconds = (int) config.queryTimeout().plus(TRANSACTION_MARGIN).toSeconds();
        return QuarkusTransaction.joiningExisting().timeout(timeoutSeconds).call(() -> summaryOf(period));
    }

    private SummaryReport summaryOf(ReportPeriod period) {
        Instant now = time.now();
        List<Object[]> rows = withNetworkTimeout(config.queryTimeout(), () -> aggregate(period, now));

        Map<IncidentStatus, Long> byStatus = zeros(IncidentStatus.class);
        Map<Severity, Long> bySeverity = zeros(Severity.class);
        long unassessed = 0;
        Map<Category, Long> byCategory = zeros(Category.class);
        Map<Category, CategoryHandling> handling = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            handling.put(category, new CategoryHandling(0, 0, 0, 0));
        }
        Map<String, Long> byUnit = new TreeMap<>();
        Object[] total = null;
        for (Object[] row : rows) {
            String value = (String) row[1];
            long count = count(row[2]);
            switch ((String) row[0]) {
                case "status" -> byStatus.put(IncidentStatus.valueOf(value), count);
                case "severity" -> {
                    if (value == null) {
                        unassessed = count;
                    } else {
                        bySeverity.put(Severity.valueOf(value), count);
                    }
                }
                case "category" -> {
                    Category category = Category.valueOf(value);
                    byCategory.put(category, count);
                    long handledAlone = count(row[3]);
                    long withSupport = count(row[4]);
                    handling.put(category,
                            new CategoryHandling(handledAlone + withSupport, handledAlone, withSupport, count(row[5])));
                }
                case "unit" -> byUnit.put(value, count);
                default -> total = row;
            }
        }
        if (total == null) {
            throw new IllegalStateException("the summary query returned no grand total row");
        }
        Map<String, Long> severities = names(bySeverity);
        severities.put(UNASSESSED, unassessed);
        Map<String, Long> breachesByKind = new LinkedHashMap<>();
        breachesByKind.put(DeadlineKind.NOTIFY.name(), count(total[14]));
        breachesByKind.put(DeadlineKind.INITIAL_REPORT.name(), count(total[15]));
        breachesByKind.put(DeadlineKind.END_REPORT.name(), count(total[16]));
        Map<String, CategoryHandling> handlingByCategory = new LinkedHashMap<>();
        handling.forEach((category, line) -> handlingByCategory.put(category.name(), line));

        return new SummaryReport(period.label(), period.from(), period.to(), period.zone().getId(), now,
                count(total[2]), names(byStatus), severities, names(byCategory), byUnit,
                count(total[12]), count(total[13]),
                new Durations(count(total[6]), seconds(total[7]), seconds(total[8])),
                new Durations(count(total[9]), seconds(total[10]), seconds(total[11])),
                new DeadlineBreaches(breachesByKind.values().stream().mapToLong(Long::longValue).sum(), breachesByKind),
                handlingByCategory);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> aggregate(ReportPeriod period, Instant now) {
        return em.createNativeQuery(SUMMARY_SQL)
                .setParameter("from", period.from())
                .setParameter("to", period.to())
                .setParameter("now", now)
                .getResultList();
    }

    /** Runs the work with the connection's socket timeout raised (the work uses the same connection). */
    private <T> T withNetworkTimeout(Duration timeout, Supplier<T> work) {
        return em.unwrap(Session.class).doReturningWork(
                connection -> NetworkTimeout.during(connection, (int) timeout.toMillis(), work::get));
    }

    private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type) {
        Map<E, Long> counts = new EnumMap<>(type);
        for (E constant : type.getEnumConstants()) {
            counts.put(constant, 0L);
        }
        return counts;
    }

    /** Enum keys as their names, in declaration order (the shape clients rely on). */
    private static <E extends Enum<E>> Map<String, Long> names(Map<E, Long> counts) {
        Map<String, Long> named = new LinkedHashMap<>();
        counts.forEach((key, count) -> named.put(key.name(), count));
        return named;
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** Seconds to the millisecond: the timestamps have microseconds, which no report reader needs. */
    private static Double seconds(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue() * 1000) / 1000.0;
    }
}
