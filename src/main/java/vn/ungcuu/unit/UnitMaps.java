package vn.ungcuu.unit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ungcuu.clock.TimeSource;
import vn.ungcuu.config.UngCuuConfig;
import vn.ungcuu.persistence.SqlValues;
import vn.ungcuu.problem.ApiException;
import vn.ungcuu.problem.ProblemType;

/**
 * Reads the succession graph ({@link UnitMap}) and holds the one rule on filing: a unit that is not in force
 * today files nothing new. Today's map is kept for {@link #KEEP_FOR}: every incident read shows its current unit,
 * and reading the map was a database round trip and ~5 % of a GET's CPU in the benchmark. A succession recorded
 * here is seen at once (the copy is dropped when its transaction commits); one recorded on another instance
 * within {@link #KEEP_FOR}. Successions are only ever added, so a late copy only delays what a successor's
 * reporters may read, never shows more.
 */
@ApplicationScoped
public class UnitMaps {

    static final Duration KEEP_FOR = Duration.ofSeconds(5);
    /** Marks a transaction that records a succession: its map is read afresh and never kept (it may roll back). */
    private static final String RECORDING = UnitMaps.class.getName() + ".recording";

    private volatile Kept kept;

    private record Kept(LocalDate day, UnitMap map, long readAtNanos) {
    }

    @Inject
    EntityManager em;

    @Inject
    TimeSource time;

    @Inject
    UngCuuConfig config;

    @Inject
    UnitRepository units;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Today in the district's zone ({@code ungcuu.time-zone}). */
    public LocalDate today() {
        return time.now().atZone(config.timeZone()).toLocalDate();
    }

    /** The map of today: the successions effective by today. */
    public UnitMap current() {
        LocalDate today = today();
        if (transactions.getTransactionKey() != null && transactions.getResource(RECORDING) != null) {
            return new UnitMap(links(today));
        }
        Kept copy = kept;
        if (copy != null && copy.day().equals(today) && System.nanoTime() - copy.readAtNanos() < KEEP_FOR.toNanos()) {
            return copy.map();
        }
        long readAt = System.nanoTime();
        UnitMap map = new UnitMap(links(today));
        kept = new Kept(today, map, readAt);
        return map;
    }

    /**
     * The caller's transaction is about to record a succession: the kept map is dropped now and again when the
     * transaction ends, and the transaction itself reads the map afresh (its own rows, never kept for others).
     */
    void beforeRecordingSuccession() {
        kept = null;
        if (transactions.getResource(RECORDING) != null) {
            return;
        }
        transactions.putResource(RECORDING, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                kept = null;
            }
        });
    }

    /** Every recorded succession, effective or not yet. */
    UnitMap recorded() {
        return new UnitMap(links(null));
    }

    /** The successions effective on the day (every one when null), in (predecessor, successor) order. */
    @SuppressWarnings("unchecked")
    List<SuccessionLink> links(LocalDate day) {
        String sql = "SELECT predecessor_code, successor_code, effective_at, note FROM unit_succession"
                + (day == null ? "" : " WHERE effective_at <= ?1") + " ORDER BY predecessor_code, successor_code";
        var query = em.createNativeQuery(sql);
        if (day != null) {
            query.setParameter(1, day);
        }
        List<SuccessionLink> links = new ArrayList<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            links.add(new SuccessionLink((String) row[0], (String) row[1], SqlValues.localDate(row[2]),
                    (String) row[3]));
        }
        return links;
    }

    /**
     * An ended unit (validTo on or before today) or one not yet in force files nothing new: 409, naming the units
     * that succeeded it so that the caller files there instead.
     */
    public void requireInForce(Unit unit) {
        LocalDate today = today();
        if (unit.inForceOn(today)) {
            return;
        }
        if (unit.validFrom != null && today.isBefore(unit.validFrom)) {
            throw new ApiException(ProblemType.CONFLICT, "Unit " + unit.code + " (" + unit.name + ") exists only from "
                    + unit.validFrom + " and files no incidents before then");
        }
        List<String> successors = current().successorsOf(unit.code);
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("successorCodes", successors);
        StringBuilder detail = new StringBuilder("Unit " + unit.code + " (" + unit.name + ") ended on " + unit.validTo
                + " and files no new incidents");
        if (successors.isEmpty()) {
            detail.append("; it has no successor: ask an administrator which unit carries on its work");
        } else {
            List<String> named = successors.stream().map(code -> {
                Unit successor = units.findById(code);
                return successor == null ? code : code + " (" + successor.name + ")";
            }).toList();
            detail.append(": file them under ").append(successors.size() == 1 ? "its successor " : "one of its successors ")
                    .append(String.join(", ", named));
        }
        throw new ApiException(ProblemType.CONFLICT, detail.toString(), List.of(), extensions);
    }
}
