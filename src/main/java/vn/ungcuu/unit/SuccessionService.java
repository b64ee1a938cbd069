package vn.ungcuu.unit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.ungcuu.audit.AuditLog;
import vn.ungcuu.audit.Changes;
import vn.ungcuu.clock.TimeSource;
import vn.ungcuu.http.ETags;
import vn.ungcuu.outbox.Outbox;
import vn.ungcuu.problem.ApiException;
import vn.ungcuu.problem.ProblemType;
import vn.ungcuu.security.CurrentUser;

/**
 * Records who succeeded whom: several predecessors merging into one successor, or one unit splitting into
 * several. The predecessor ends on the effective day (its validTo), so new incidents go to the successor; its
 * incidents keep the unit they were filed under.
 */
@ApplicationScoped
public class SuccessionService {

    /** Changes to the map (parents, successions) take this transaction-scoped advisory lock, one at a time. */
    static final String MAP_LOCK = "SELECT pg_advisory_xact_lock(hashtext('unit-hierarchy'))";

    @Inject
    UnitRepository units;

    @Inject
    UnitMaps maps;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    CurrentUser user;

    @Inject
    TimeSource time;

    @Inject
    EntityManager em;

    @Transactional
    public UnitView record(String code, SuccessionData data, String ifMatch) {
        em.createNativeQuery(MAP_LOCK).getSingleResult();
        Unit predecessor = UnitCodes.valid(code) ? units.findById(code, LockModeType.PESSIMISTIC_WRITE) : null;
        if (predecessor == null) {
            throw ApiException.notFound("Unit " + code);
        }
        ETags.requireMatch(ifMatch, predecessor.version);
        if (data.successorCode().equals(code)) {
            throw ApiException.invalid("successorCode", "a unit cannot succeed itself");
        }
        Unit successor = units.findById(data.successorCode(), LockModeType.PESSIMISTIC_WRITE);
        if (successor == null) {
            throw ApiException.invalid("successorCode", "no unit has this code");
        }
        UnitMap recorded = maps.recorded();
        if (recorded.successorsOf(code).contains(successor.code)) {
            throw new ApiException(ProblemType.ALREADY_EXISTS, "Unit " + successor.code + " already succeeds " + code);
        }
        String refused = refusal(predecessor.validFrom, predecessor.validTo, successor.validFrom, successor.validTo,
                data.effectiveAt());
        if (refused != null) {
            if (refused.startsWith(ALREADY_ENDS)) {
                throw new ApiException(ProblemType.CONFLICT, "Unit " + code + " " + refused);
            }
            throw ApiException.invalid("effectiveAt", refused);
        }
        if (recorded.laterUnits(successor.code).contains(code)) {
            throw ApiException.invalid("successorCode", "already carries on from " + code
                    + " through other successions: the map would go round in a circle");
        }
        link(predecessor, successor, data.effectiveAt(), data.note());
        units.flush();
        return UnitView.of(predecessor, maps.recorded());
    }

    static final String ALREADY_ENDS = "already ends on ";

    /**
     * Why a succession on {@code effectiveAt} cannot be, or null: the predecessor must exist before that day and
     * end on it (every successor of a unit takes over on the same day), the successor must exist on it.
     */
    static String refusal(LocalDate predecessorFrom, LocalDate predecessorTo, LocalDate successorFrom,
            LocalDate successorTo, LocalDate effectiveAt) {
        if (predecessorTo != null && !predecessorTo.equals(effectiveAt)) {
            return ALREADY_ENDS + predecessorTo + "; all its successors take over on that day";
        }
        if (predecessorFrom != null && !effectiveAt.isAfter(predecessorFrom)) {
            return "must be after the predecessor's validFrom (" + predecessorFrom + ")";
        }
        if (successorFrom != null && successorFrom.isAfter(effectiveAt)) {
            return "the successor exists only from " + successorFrom;
        }
        if (successorTo != null && !successorTo.isAfter(effectiveAt)) {
            return "the successor ends on " + successorTo + ", before it could take over";
        }
        return null;
    }

    /**
     * Writes a checked succession: the row, the predecessor's end, an audit entry on each unit and the
     * {@code unit.succession} event, in the caller's transaction.
     */
    void link(Unit predecessor, Unit successor, LocalDate effectiveAt, String note) {
        Instant now = time.now();
        maps.beforeRecordingSuccession();
        em.createNativeQuery("INSERT INTO unit_succession (predecessor_code, successor_code, effective_at, note,"
                        + " recorded_by, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, predecessor.code).setParameter(2, successor.code).setParameter(3, effectiveAt)
                .setParameter(4, note).setParameter(5, user.id()).setParameter(6, now)
                .executeUpdate();
        Changes ended = new Changes().field("validTo", predecessor.validTo, effectiveAt)
                .created("successorCode", successor.code).created("note", note);
        predecessor.validTo = effectiveAt;
        predecessor.updatedAt = now;
        // the successor's view gains a predecessor: a new version, so that its ETag changes
        successor.updatedAt = now;
        audit.record(user.id(), Unit.AUDIT_TYPE, predecessor.code, "SUCCEEDED", ended, now);
        audit.record(user.id(), Unit.AUDIT_TYPE, successor.code, "SUCCEEDS", new Changes()
                .created("predecessorCode", predecessor.code).created("effectiveAt", effectiveAt)
                .created("note", note), now);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("predecessorCode", predecessor.code);
        event.put("predecessorName", predecessor.name);
        event.put("successorCode", successor.code);
        event.put("successorName", successor.name);
        event.put("effectiveAt", effectiveAt.toString());
        event.put("note", note);
        outbox.publish(Outbox.UNIT_SUCCESSION, event, null, null);
    }
}
