package vn.ungcuu.unit;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.ungcuu.audit.AuditLog;
import vn.ungcuu.audit.Changes;
import vn.ungcuu.problem.ApiException;
import vn.ungcuu.paging.Cursor;
import vn.ungcuu.http.ETags;
import vn.ungcuu.persistence.Ids;
import vn.ungcuu.paging.Page;
import vn.ungcuu.paging.PageRequest;
import vn.ungcuu.clock.TimeSource;
import vn.ungcuu.security.CurrentUser;

/** The registry of information systems; reporters see their own unit's systems only. */
@ApplicationScoped
public class SystemService {


    @Inject
    SystemRepository systems;

    @Inject
    UnitRepository units;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    TimeSource time;

    public Page<SystemView> list(PageRequest page, String unitCode) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (user.onlyReporter()) {
            query.append(" and unitCode = :own");
            params.and("own", user.unitCode().orElse(""));
        }
        if (unitCode != null) {
            UnitCodes.requireValidFilter("unitCode", unitCode);
            query.append(" and unitCode = :unit");
            params.and("unit", unitCode);
        }
        if (page.cursor() != null) {
            try {
                params.and("after", UUID.fromString(Cursor.decode(page.cursor(), "systems", 1).values().get(0)));
            } catch (IllegalArgumentException e) {
                throw Cursor.invalid();
            }
            query.append(" and id > :after");
        }
        List<InformationSystem> rows = systems.find(query + " order by id", params).page(0, page.fetchSize()).list();
        return Page.of(rows, page, (InformationSystem last) ->
                new Cursor("systems", List.of(last.id.toString())).encode()).map(SystemView::of);
    }

    public SystemView get(UUID id) {
        InformationSystem system = systems.findById(id);
        if (system == null || user.onlyReporter() && !user.belongsTo(system.unitCode)) {
            throw ApiException.notFound("Information system " + id);
        }
        return SystemView.of(system);
    }

    @Transactional
    public SystemView create(SystemData data) {
        requireUnit(data.unitCode());
        Instant now = time.now();
        InformationSystem system = new InformationSystem();
        system.id = Ids.newId();
        system.createdAt = now;
        system.updatedAt = now;
        Changes changes = new Changes();
        apply(system, data, changes);
        systems.persist(system);
        audit.record(user.id(), InformationSystem.AUDIT_TYPE, system.id.toString(), "CREATE", changes);
        systems.flush();
        return SystemView.of(system);
    }

    @Transactional
    public SystemView replace(UUID id, SystemData data, String ifMatch) {
        InformationSystem system = systems.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (system == null) {
            throw ApiException.notFound("Information system " + id);
        }
        ETags.requireMatch(ifMatch, system.version);
        requireUnit(data.unitCode());
        Changes changes = new Changes();
        apply(system, data, changes);
        if (!changes.isEmpty()) {
            system.updatedAt = time.now();
            audit.record(user.id(), InformationSystem.AUDIT_TYPE, id.toString(), "UPDATE", changes);
            systems.flush();
        }
        return SystemView.of(system);
    }

    private void requireUnit(String unitCode) {
        if (units.findById(unitCode) == null) {
            throw ApiException.invalid("unitCode", "no unit has this code");
        }
    }

    private void apply(InformationSystem system, SystemData data, Changes changes) {
        boolean isNew = system.version == null;
        boolean critical = Boolean.TRUE.equals(data.nationalCritical());
        boolean internet = Boolean.TRUE.equals(data.internetFacing());
        LevelDossier dossier = data.levelDossier() == null ? LevelDossier.NONE : data.levelDossier();
        changes.field("unitCode", system.unitCode, data.unitCode())
                .field("name", system.name, data.name())
                .field("securityLevel", isNew ? null : (int) system.securityLevel, data.securityLevel())
                .field("nationalCritical", isNew ? null : system.nationalCritical, critical)
                .field("internetFacing", isNew ? null : system.internetFacing, internet)
                .field("levelDossier", system.levelDossier, dossier);
        system.unitCode = data.unitCode();
        system.name = data.name();
        system.securityLevel = data.securityLevel().shortValue();
        system.nationalCritical = critical;
        system.internetFacing = internet;
        system.levelDossier = dossier;
    }
}
