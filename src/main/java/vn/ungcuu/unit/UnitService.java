package vn.ungcuu.unit;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.ungcuu.audit.AuditLog;
import vn.ungcuu.audit.Changes;
import vn.ungcuu.problem.ApiException;
import vn.ungcuu.paging.Cursor;
import vn.ungcuu.http.ETags;
import vn.ungcuu.paging.Page;
import vn.ungcuu.paging.PageRequest;
import vn.ungcuu.problem.ProblemType;
import vn.ungcuu.clock.TimeSource;
import vn.ungcuu.outbox.Outbox;
import vn.ungcuu.security.CurrentUser;

/** The unit registry: create and replace units (administrators), read them within the caller's scope. */
@ApplicationScoped
public class UnitService {


    @Inject
    UnitRepository units;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    TimeSource time;

    @Inject
    Outbox outbox;

    @Inject
    jakarta.enterprise.event.Event<UnitContactsChanged> contactsChanged;

    @Inject
    UnitMaps maps;

    public Page<UnitView> list(PageRequest page, UnitType type, Boolean active) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (user.onlyReporter()) {
            query.append(" and code = :own");
            params.and("own", user.unitCode().orElse(""));
        }
        if (type != null) {
            query.append(" and type = :type");
            params.and("type", type);
        }
        if (active != null) {
            query.append(" and active = :active");
            params.and("active", active);
        }
        if (page.cursor() != null) {
            query.append(" and code > :after");
            params.and("after", Cursor.decode(page.cursor(), "units", 1).values().get(0));
        }
        List<Unit> rows = units.find(query + " order by code", params).page(0, page.fetchSize()).list();
        UnitMap map = maps.recorded();
        return Page.of(rows, page, (Unit last) -> new Cursor("units", List.of(last.code)).encode())
                .map(unit -> UnitView.of(unit, map));
    }

    public UnitView get(String code) {
        return UnitView.of(visible(code), maps.recorded());
    }

    /** A unit the caller may see; other units (and unknown codes) are 404 alike. */
    Unit visible(String code) {
        Unit unit = UnitCodes.valid(code) ? units.findById(code) : null;
        if (unit == null || user.onlyReporter() && !user.belongsTo(code)) {
            throw ApiException.notFound("Unit " + code);
        }
        return unit;
    }

    @Transactional
    public UnitView create(UnitData data) {
        if (data.code() == null) {
            throw ApiException.invalid("code", "must not be null");
        }
        if (units.findById(data.code()) != null) {
            throw new ApiException(ProblemType.ALREADY_EXISTS, "A unit with code " + data.code() + " already exists");
        }
        checkParent(data.code(), data.parentCode());
        checkValidity(data.validFrom(), data.validTo());
        Instant now = time.now();
        Unit unit = new Unit();
        unit.code = data.code();
        unit.createdAt = now;
        Changes changes = new Changes();
        apply(unit, data, changes);
        unit.updatedAt = now;
        units.persist(unit);
        audit.record(user.id(), Unit.AUDIT_TYPE, unit.code, "CREATE", changes);
        units.flush();
        contactsChanged.fire(new UnitContactsChanged(unit.code, null, data.securityLead(), null, data.focalPoint()));
        return UnitView.of(unit, UnitMap.EMPTY);
    }

    @Transactional
    public UnitView replace(String code, UnitData data, String ifMatch) {
        if (data.code() != null && !data.code().equals(code)) {
            throw ApiException.invalid("code", "must equal the code in the path (" + code + ")");
        }
        Unit unit = UnitCodes.valid(code) ? units.findById(code, LockModeType.PESSIMISTIC_WRITE) : null;
        if (unit == null) {
            throw ApiException.notFound("Unit " + code);
        }
        ETags.requireMatch(ifMatch, unit.version);
        if (!java.util.Objects.equals(unit.parentCode, data.parentCode())) {
            // two concurrent re-parentings could each pass the cycle check: take them one at a time
            units.getEntityManager().createNativeQuery(SuccessionService.MAP_LOCK).getSingleResult();
        }
        checkParent(code, data.parentCode());
        UnitMap map = maps.recorded();
        LocalDate validTo = keptValidTo(unit, data.validTo(), map);
        checkValidity(data.validFrom(), validTo);
        checkStillCarriesOn(unit.code, data.validFrom(), validTo, map);
        ContactData previousFocalPoint = Contact.view(unit.focalPoint);
        ContactData previousSecurityLead = Contact.view(unit.securityLead);
        Changes changes = new Changes();
        apply(unit, data, changes);
        changes.field("validTo", unit.validTo, validTo);
        unit.validTo = validTo;
        if (!changes.isEmpty()) {
            unit.updatedAt = time.now();
            audit.record(user.id(), Unit.AUDIT_TYPE, code, "UPDATE", changes);
            units.flush();
            contactsChanged.fire(new UnitContactsChanged(code, previousSecurityLead, data.securityLead(),
                    previousFocalPoint, data.focalPoint()));
            if (!Objects.equals(previousFocalPoint, data.focalPoint())) {
                // Circular 20/2017: a change of focal point is reported to Sở TTTT within 24 hours
                Map<String, Object> event = new LinkedHashMap<>();
                event.put("unitCode", code);
                event.put("unitName", unit.name);
                event.put("previousFocalPoint", previousFocalPoint);
                event.put("focalPoint", data.focalPoint());
                event.put("provincialTeamMember", unit.provincialTeamMember);
                outbox.publish(Outbox.FOCAL_POINT_CHANGED, event, null, null);
            }
        }
        return UnitView.of(unit, map);
    }

    private void apply(Unit unit, UnitData data, Changes changes) {
        boolean provincial = Boolean.TRUE.equals(data.provincialTeamMember());
        boolean active = data.active() == null || data.active();
        boolean isNew = unit.version == null;
        changes.field("name", unit.name, data.name())
                .field("type", unit.type, data.type())
                .field("parentCode", unit.parentCode, data.parentCode())
                .field("securityLead", Contact.view(unit.securityLead), data.securityLead())
                .field("focalPoint", Contact.view(unit.focalPoint), data.focalPoint())
                .field("provincialTeamMember", isNew ? null : unit.provincialTeamMember, provincial)
                .field("active", isNew ? null : unit.active, active)
                .field("validFrom", unit.validFrom, data.validFrom());
        unit.name = data.name();
        unit.type = data.type();
        unit.parentCode = data.parentCode();
        unit.securityLead = Contact.of(data.securityLead());
        unit.focalPoint = Contact.of(data.focalPoint());
        unit.provincialTeamMember = provincial;
        unit.active = active;
        unit.validFrom = data.validFrom();
        if (isNew) {
            changes.field("validTo", null, data.validTo());
            unit.validTo = data.validTo();
        }
    }

    /**
     * A unit's successors take over on its validTo: a PUT that omits validTo keeps that day, and one that gives
     * another day is refused (409) rather than leaving the successions without their end.
     */
    private static LocalDate keptValidTo(Unit unit, LocalDate requested, UnitMap map) {
        List<String> successors = map.successorsOf(unit.code);
        if (successors.isEmpty()) {
            return requested;
        }
        if (requested != null && !requested.equals(unit.validTo)) {
            throw new ApiException(ProblemType.CONFLICT, "Unit " + unit.code + " ends on " + unit.validTo
                    + ", the day its successors " + String.join(", ", successors) + " took over; validTo cannot "
                    + "move away from it");
        }
        return unit.validTo;
    }

    /**
     * A successor must exist on the day each of its predecessors ended: moving its validFrom after that day (or its
     * validTo before it) would leave a gap in which neither unit could file.
     */
    private void checkStillCarriesOn(String code, LocalDate validFrom, LocalDate validTo, UnitMap map) {
        for (String predecessorCode : map.predecessorsOf(code)) {
            Unit predecessor = units.findById(predecessorCode);
            if (predecessor == null || predecessor.validTo == null) {
                continue;
            }
            String refused = SuccessionService.refusal(null, null, validFrom, validTo, predecessor.validTo);
            if (refused != null) {
                throw new ApiException(ProblemType.CONFLICT, "Unit " + code + " took over from " + predecessorCode
                        + " on " + predecessor.validTo + ": " + refused);
            }
        }
    }

    /** validFrom, when given with validTo, comes first. */
    static void checkValidity(LocalDate validFrom, LocalDate validTo) {
        if (validFrom != null && validTo != null && !validFrom.isBefore(validTo)) {
            throw ApiException.invalid("validTo", "must be after validFrom");
        }
    }

    /** The parent must exist and must not make the hierarchy circular. */
    private void checkParent(String code, String parentCode) {
        Set<String> seen = new HashSet<>(List.of(code));
        String current = parentCode;
        List<String> chain = new ArrayList<>();
        while (current != null) {
            if (!seen.add(current)) {
                throw ApiException.invalid("parentCode", "would make the unit its own ancestor");
            }
            Unit parent = units.findById(current);
            if (parent == null) {
                throw ApiException.invalid("parentCode", chain.isEmpty() ? "no unit has this code"
                        : "the chain of parents is broken");
            }
            chain.add(current);
            current = parent.parentCode;
        }
    }
}
