package vn.ungcuu.unit;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.ungcuu.config.UngCuuConfig;
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

    @Inject
    UngCuuConfig config;

    public Page<SystemView> list(PageRequest page, String unitCode, List<SystemWarning> warnings) {
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
        Instant now = time.now();
        if (!warnings.isEmpty()) {
            boolean ended = SystemRules.transitionEnded(now, config.timeZone());
            String conditions = String.join(" or ", warnings.stream()
                    .map(warning -> SystemRules.hql(warning, ended)).toList());
            query.append(" and (").append(conditions).append(')');
            if (conditions.contains(SystemRules.DECREE_85_ONLY_HQL)) {
                SystemRules.hqlParameters(params);
            }
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
                new Cursor("systems", List.of(last.id.toString())).encode()).map(system -> view(system, now));
    }

    public SystemView get(UUID id) {
        InformationSystem system = systems.findById(id);
        if (system == null || user.onlyReporter() && !user.belongsTo(system.unitCode)) {
            throw ApiException.notFound("Information system " + id);
        }
        return view(system, time.now());
    }

    SystemView view(InformationSystem system, Instant now) {
        return SystemView.of(system, now, config.timeZone());
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
        return view(system, time.now());
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
        return view(system, time.now());
    }

    void requireUnit(String unitCode) {
        if (units.findById(unitCode) == null) {
            throw ApiException.invalid("unitCode", "no unit has this code");
        }
    }

    /**
     * Writes the request onto the system, recording what changed. The fields of the Decree 85 era are replaced
     * (null: their default); the register's fields left out (null) keep their stored value, or their default on
     * a new system; an empty text clears the text.
     */
    static void apply(InformationSystem system, SystemData data, Changes changes) {
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
        applyRegister(system, data, changes, isNew);
    }

    private static void applyRegister(InformationSystem system, SystemData data, Changes changes, boolean isNew) {
        String criterion = text(data.levelCriterion(), system.levelCriterion);
        String owner = text(data.owner(), system.owner);
        String operator = text(data.operator(), system.operator);
        String securityUnit = text(data.securityUnit(), system.securityUnit);
        ApprovalStatus approval = data.approvalStatus() == null ? system.approvalStatus : data.approvalStatus();
        String decision = text(data.approvalDecisionNumber(), system.approvalDecisionNumber);
        java.time.LocalDate decisionDate = data.approvalDecisionDate() == null ? system.approvalDecisionDate
                : data.approvalDecisionDate();
        boolean regulation = data.securityRegulation() == null ? system.securityRegulation : data.securityRegulation();
        SecurityPlanStatus plan = data.securityPlanStatus() == null
                ? Objects.requireNonNullElse(system.securityPlanStatus, SecurityPlanStatus.NOT_STARTED)
                : data.securityPlanStatus();
        List<SystemCheck> checks = data.checks() == null ? system.checks
                : data.checks().stream().map(SystemCheck::of).toList();
        boolean procedures = data.handlesAdministrativeProcedures() == null ? system.handlesAdministrativeProcedures
                : data.handlesAdministrativeProcedures();
        long basic = data.basicDataSubjects() == null ? system.basicDataSubjects : data.basicDataSubjects();
        long sensitive = data.sensitiveDataSubjects() == null ? system.sensitiveDataSubjects
                : data.sensitiveDataSubjects();
        changes.field("levelCriterion", system.levelCriterion, criterion)
                .field("owner", system.owner, owner)
                .field("operator", system.operator, operator)
                .field("securityUnit", system.securityUnit, securityUnit)
                .field("approvalStatus", system.approvalStatus, approval)
                .field("approvalDecisionNumber", system.approvalDecisionNumber, decision)
                .field("approvalDecisionDate", system.approvalDecisionDate, decisionDate)
                .field("securityRegulation", isNew ? null : system.securityRegulation, regulation)
                .field("securityPlanStatus", isNew ? null : system.securityPlanStatus, plan)
                .field("checks", isNew ? null : described(system.checks),
                        isNew && checks.isEmpty() ? null : described(checks))
                .field("handlesAdministrativeProcedures", isNew ? null : system.handlesAdministrativeProcedures,
                        procedures)
                .field("basicDataSubjects", isNew ? null : system.basicDataSubjects, basic)
                .field("sensitiveDataSubjects", isNew ? null : system.sensitiveDataSubjects, sensitive);
        system.levelCriterion = criterion;
        system.owner = owner;
        system.operator = operator;
        system.securityUnit = securityUnit;
        system.approvalStatus = approval;
        system.approvalDecisionNumber = decision;
        system.approvalDecisionDate = decisionDate;
        system.securityRegulation = regulation;
        system.securityPlanStatus = plan;
        if (checks != system.checks) {
            system.checks.clear();
            system.checks.addAll(checks);
        }
        system.handlesAdministrativeProcedures = procedures;
        system.basicDataSubjects = basic;
        system.sensitiveDataSubjects = sensitive;
    }

    /** A text of the request: null keeps the stored one, blank clears it. */
    private static String text(String given, String stored) {
        if (given == null) {
            return stored;
        }
        return given.isBlank() ? null : given;
    }

    /** Checks as the audit records them, e.g. {@code PERIODIC 2026-05-02 PASSED}. */
    private static List<String> described(List<SystemCheck> checks) {
        List<String> described = new ArrayList<>();
        for (SystemCheck check : checks) {
            described.add(check.kind + " " + check.checkedOn + " " + check.result
                    + (check.note == null ? "" : " " + check.note));
        }
        return described;
    }
}
