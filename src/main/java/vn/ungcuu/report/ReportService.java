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
import vn.ungcuu.preparedness.PreparednessCounts;
import vn.ungcuu.clock.TimeSource;
import vn.ungcuu.incident.Category;
import vn.ungcuu.regime.Regime;
import vn.ungcuu.regime.RegimeStore;
import vn.ungcuu.report.SummaryReport.ObligationTally;
import vn.ungcuu.incident.IncidentStatus;
import vn.ungcuu.report.SummaryReport.CategoryHandling;
import vn.ungcuu.report.SummaryReport.DeadlineBreaches;
import vn.ungcuu.report.SummaryReport.Durations;
import vn.ungcuu.severity.Severity;
import vn.ungcuu.unit.UnitMap;
import vn.ungcuu.unit.UnitMaps;

/**
 * Read-only report queries. The summary is one SQL statement, so all its figures come from one snapshot:
 * the incidents reported in the period (a range scan of {@code incident_reported_idx}), each with its
 * escalation counts (index probes of {@code escalation_incident_idx}), aggregated by status, severity, category
 * and unit at once with grouping sets, and their obligations per kind (probes of the deadline primary key).
 */
@ApplicationScoped
public class ReportService {

    public static final String UNASSESSED = "UNASSESSED";
    /** The report's transaction outlasts its query's allowance by this much. */
    static final Duration TRANSACTION_MARGIN = Duration.ofSeconds(10);

    /**
     * One row per status, severity, category and unit present, plus the grand total row, which alone
     * carries the period-wide times and escalations (the other rows' values there are unused); then one row
     * per obligation kind: total, met on time, met late, open in time, open past due, -, -, waived, -, -,
     * waived after falling due. Breached (the incident view's rule): met late, open past due at {@code :now},
     * or waived when already past due.
     */
    static final String SUMMARY_SQL = """
            WITH reported AS (
                SELECT i.id, i.status, i.severity, i.category, i.unit_code, i.beyond_capacity,
                       CAST(extract(epoch FROM i.triaged_at - i.reported_at) AS double precision) AS triage_seconds,
                       CAST(extract(epoch FROM i.resolved_at - i.reported_at) AS double precision) AS resolve_seconds,
                       e.escalations, e.open_escalations
                FROM incident i
                CROSS JOIN LATERAL (
                    SELECT count(*) AS escalations,
                           count(*) FILTER (WHERE es.status IN ('PENDING', 'ACKNOWLEDGED')) AS open_escalations
                    FROM escalation es
                    WHERE es.incident_id = i.id) e
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
                   CAST(coalesce(sum(open_escalations), 0) AS bigint) AS open_escalations
            FROM reported
            GROUP BY GROUPING SETS ((status), (severity), (category), (unit_code), ())
            UNION ALL
            SELECT 'obligation', dl.kind, count(*),
                   count(*) FILTER (WHERE dl.status = 'MET' AND dl.met_at <= dl.due_at),
                   count(*) FILTER (WHERE dl.status = 'MET' AND dl.met_at > dl.due_at),
                   count(*) FILTER (WHERE dl.status = 'OPEN' AND dl.due_at >= :now),
                   count(*) FILTER (WHERE dl.status = 'OPEN' AND dl.due_at < :now),
                   NULL, NULL,
                   count(*) FILTER (WHERE dl.status = 'WAIVED'),
                   NULL, NULL,
                   count(*) FILTER (WHERE dl.status = 'WAIVED' AND dl.waived_at > dl.due_at),
                   NULL
            FROM reported r JOIN incident_deadline dl ON dl.incident_id = r.id
            GROUP BY dl.kind
            """;

    @Inject
    EntityManager em;

    @Inject
    TimeSource time;

    @Inject
    ReportConfig config;

    @Inject
    RegimeStore regimes;

    @Inject
    PreparednessCounts preparedness;

    @Inject
    UnitMaps unitMaps;

    /**
     * The summary, in a transaction allowed to last as long as its query may (plus a margin, so that a query
     * past its allowance ends as the 503 of a timed-out socket): with the default transaction timeout
     * (60 s), 16 yearly reports at once over 1M incidents (deploy/bench) took 62 s each and the transaction
     * reaper cancelled every one of them, answering 500.
     */
    public SummaryReport summary(ReportPeriod period) {
        return summary(period, false);
    }

    /** The summary; with {@code currentMap}, byUnit counts each incident under today's unit (its current unit). */
    public SummaryReport summary(ReportPeriod period, boolean currentMap) {
        int timeoutSeconds = (int) config.queryTimeout().plus(TRANSACTION_MARGIN).toSeconds();
        return QuarkusTransaction.joiningExisting().timeout(timeoutSeconds)
                .call(() -> summaryOf(period, currentMap ? unitMaps.current() : null));
    }

    private SummaryReport summaryOf(ReportPeriod period, UnitMap map) {
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
        Map<String, ObligationTally> tallies = new LinkedHashMap<>();
        for (String kind : kindsInForce(period)) {
            tallies.put(kind, ObligationTally.none());
        }
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
                case "unit" -> byUnit.merge(map == null ? value : map.current(value), count, Long::sum);
                case "obligation" -> tallies.put(value, new ObligationTally(count, count(row[3]),
                        count(row[4]), count(row[5]), count(row[6]), count(row[9])));
                default -> total = row;
            }
        }
        if (total == null) {
            throw new IllegalStateException("the summary query returned no grand total row");
        }
        Map<String, Long> severities = names(bySeverity);
        severities.put(UNASSESSED, unassessed);
        Map<String, Long> breachesByKind = new LinkedHashMap<>();
        for (Object[] row : rows) {
            if ("obligation".equals(row[0])) {
                breachesByKind.put((String) row[1], count(row[4]) + count(row[6]) + count(row[12]));
            }
        }
        tallies.keySet().forEach(kind -> breachesByKind.putIfAbsent(kind, 0L));
        Map<String, Long> orderedBreaches = new LinkedHashMap<>();
        tallies.keySet().forEach(kind -> orderedBreaches.put(kind, breachesByKind.get(kind)));
        Map<String, CategoryHandling> handlingByCategory = new LinkedHashMap<>();
        handling.forEach((category, line) -> handlingByCategory.put(category.name(), line));

        return new SummaryReport(period.label(), period.from(), period.to(), period.zone().getId(), now,
                count(total[2]), names(byStatus), severities, names(byCategory), byUnit,
                count(total[12]), count(total[13]),
                new Durations(count(total[6]), seconds(total[7]), seconds(total[8])),
                new Durations(count(total[9]), seconds(total[10]), seconds(total[11])),
                new DeadlineBreaches(orderedBreaches.values().stream().mapToLong(Long::longValue).sum(), orderedBreaches),
                handlingByCategory, tallies, preparedness.between(period.from(), period.to(), period.zone()));
    }

    /** The obligation kinds of the regimes in force at some time of the period, in their regimes' order. */
    private List<String> kindsInForce(ReportPeriod period) {
        java.time.LocalDate first = period.from().atZone(period.zone()).toLocalDate();
        java.time.LocalDate last = period.to().minusNanos(1000).atZone(period.zone()).toLocalDate();
        return regimes.latest().stream()
                .filter(regime -> !regime.inForceFrom().isAfter(last)
                        && (regime.inForceTo() == null || regime.inForceTo().isAfter(first)))
                .flatMap(regime -> regime.obligations().stream().map(Regime.Obligation::kind)).distinct().toList();
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
