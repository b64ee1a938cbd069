package vn.ungcuu.unit;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ungcuu.audit.AuditLog;
import vn.ungcuu.audit.Changes;
import vn.ungcuu.audit.FieldChange;
import vn.ungcuu.clock.TimeSource;
import vn.ungcuu.persistence.Ids;
import vn.ungcuu.problem.ApiException;
import vn.ungcuu.problem.FieldError;
import vn.ungcuu.security.CurrentUser;

/**
 * {@code POST /systems/import}: many systems in one request, all or nothing. Each line is planned first (read,
 * validated, matched to a registered system), writing nothing; a dry run answers the plan; a real import refuses
 * the whole request with every fault of every line when one line is refused, else carries out the plan in one
 * transaction, each system with its audit entry ({@code CREATE} or {@code UPDATE}, as a single write would).
 *
 * <p>A line names a system by its unit and name: when the unit has no system of that name the line creates one,
 * when it has one the line changes it, when it has several the line is refused (rename them first). Importing the same file twice therefore creates nothing the second time.
 */
@ApplicationScoped
public class SystemImportService {

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
    ObjectMapper json;

    @Inject
    Validator validator;

    @Transactional
    public SystemImportResult importJson(String body, boolean dryRun) {
        return run(parser().json(body), dryRun);
    }

    @Transactional
    public SystemImportResult importCsv(String body, boolean dryRun) {
        return run(parser().csv(body), dryRun);
    }

    static final String IMPORT_LOCK = "SELECT pg_advisory_xact_lock(hashtext('system-import'))";

    private SystemImportParser parser() {
        return new SystemImportParser(json, validator);
    }

    /** A line planned: the system it targets (null: a new one), what it would change, or why it cannot. */
    private record Plan(SystemImportParser.Line line, InformationSystem target, ImportAction action,
            List<String> changed, List<FieldError> errors) {
    }

    private SystemImportResult run(List<SystemImportParser.Line> lines, boolean dryRun) {
        if (!dryRun) {
            // two imports planning the same new line would both create it: (unit, name) is not unique in the table
            systems.getEntityManager().createNativeQuery(IMPORT_LOCK).getSingleResult();
        }
        List<Plan> plans = new ArrayList<>();
        Map<String, Boolean> knownUnits = new HashMap<>();
        Map<String, Integer> targeted = new HashMap<>();
        for (SystemImportParser.Line line : lines) {
            plans.add(plan(line, knownUnits, targeted));
        }
        List<FieldError> faults = plans.stream().flatMap(plan -> plan.errors().stream()).toList();
        if (!dryRun && !faults.isEmpty()) {
            long refused = plans.stream().filter(plan -> plan.action() == ImportAction.REFUSE).count();
            throw new ApiException(vn.ungcuu.problem.ProblemType.VALIDATION, refused + " of " + plans.size()
                    + " lines are refused, so nothing was imported: " + faults.size()
                    + (faults.size() == 1 ? " error" : " errors"), faults, Map.of());
        }
        Instant now = time.now();
        List<SystemImportResult.Line> answered = new ArrayList<>();
        int created = 0;
        int changed = 0;
        int unchanged = 0;
        int refused = 0;
        for (Plan plan : plans) {
            UUID id = plan.target() == null ? null : plan.target().id;
            switch (plan.action()) {
                case CREATE -> created++;
                case CHANGE -> changed++;
                case UNCHANGED -> unchanged++;
                case REFUSE -> refused++;
            }
            if (!dryRun) {
                id = write(plan, now);
            }
            SystemData data = plan.line().data();
            answered.add(new SystemImportResult.Line(plan.line().number(), plan.action(), id,
                    data == null ? null : data.unitCode(), data == null ? null : data.name(),
                    plan.action() == ImportAction.CHANGE ? plan.changed() : null,
                    plan.errors().isEmpty() ? null : plan.errors().stream()
                            .map(error -> new SystemImportResult.Fault(error.field(), error.message())).toList()));
        }
        if (!dryRun) {
            systems.flush();
        }
        return new SystemImportResult(dryRun, created, changed, unchanged, refused, answered);
    }

    private Plan plan(SystemImportParser.Line line, Map<String, Boolean> knownUnits, Map<String, Integer> targeted) {
        int number = line.number();
        if (!line.errors().isEmpty()) {
            return refuse(line, line.errors());
        }
        SystemData data = line.data();
        List<FieldError> errors = new ArrayList<>();
        if (!knownUnits.computeIfAbsent(data.unitCode(), code -> units.findById(code) != null)) {
            errors.add(SystemImportParser.error(number, "unitCode", "no unit has this code"));
        }
        InformationSystem target = null;
        List<InformationSystem> named = systems.list("unitCode = ?1 and name = ?2", data.unitCode(), data.name());
        if (named.size() > 1) {
            errors.add(SystemImportParser.error(number, "name", named.size()
                    + " systems of the unit have this name: rename them before importing"));
        } else if (named.size() == 1) {
            target = named.get(0);
        }
        Integer earlier = targeted.putIfAbsent(data.unitCode() + "\n" + data.name(), number);
        if (earlier != null) {
            errors.add(SystemImportParser.error(number, "name", "names the same system as line " + earlier));
        }
        if (!errors.isEmpty()) {
            return refuse(line, errors);
        }
        // what the line would change, worked out on a copy: the registered system is not touched yet
        InformationSystem copy = target == null ? new InformationSystem() : copyOf(target);
        Changes changes = new Changes();
        SystemService.apply(copy, data, changes);
        List<String> fields = changes.asList().stream().map(FieldChange::field).toList();
        ImportAction action = target == null ? ImportAction.CREATE
                : fields.isEmpty() ? ImportAction.UNCHANGED : ImportAction.CHANGE;
        return new Plan(line, target, action, fields, List.of());
    }

    private static Plan refuse(SystemImportParser.Line line, List<FieldError> errors) {
        return new Plan(line, null, ImportAction.REFUSE, List.of(), errors);
    }

    /** Carries out a planned line, with its audit entry; returns the system's id. */
    private UUID write(Plan plan, Instant now) {
        SystemData data = plan.line().data();
        switch (plan.action()) {
            case CREATE -> {
                InformationSystem system = new InformationSystem();
                system.id = Ids.newId();
                system.createdAt = now;
                system.updatedAt = now;
                Changes changes = new Changes();
                SystemService.apply(system, data, changes);
                systems.persist(system);
                audit.record(user.id(), InformationSystem.AUDIT_TYPE, system.id.toString(), "CREATE", changes);
                return system.id;
            }
            case CHANGE -> {
                InformationSystem system = plan.target();
                Changes changes = new Changes();
                SystemService.apply(system, data, changes);
                system.updatedAt = now;
                audit.record(user.id(), InformationSystem.AUDIT_TYPE, system.id.toString(), "UPDATE", changes);
                return system.id;
            }
            case UNCHANGED -> {
                return plan.target().id;
            }
            default -> throw new IllegalStateException("a refused line is never written");
        }
    }

    private static InformationSystem copyOf(InformationSystem system) {
        InformationSystem copy = new InformationSystem();
        copy.id = system.id;
        copy.unitCode = system.unitCode;
        copy.name = system.name;
        copy.securityLevel = system.securityLevel;
        copy.nationalCritical = system.nationalCritical;
        copy.internetFacing = system.internetFacing;
        copy.levelDossier = system.levelDossier;
        copy.levelCriterion = system.levelCriterion;
        copy.owner = system.owner;
        copy.operator = system.operator;
        copy.securityUnit = system.securityUnit;
        copy.approvalStatus = system.approvalStatus;
        copy.approvalDecisionNumber = system.approvalDecisionNumber;
        copy.approvalDecisionDate = system.approvalDecisionDate;
        copy.securityRegulation = system.securityRegulation;
        copy.securityPlanStatus = system.securityPlanStatus;
        copy.checks = new ArrayList<>(system.checks);
        copy.handlesAdministrativeProcedures = system.handlesAdministrativeProcedures;
        copy.basicDataSubjects = system.basicDataSubjects;
        copy.sensitiveDataSubjects = system.sensitiveDataSubjects;
        copy.createdAt = system.createdAt;
        copy.updatedAt = system.updatedAt;
        copy.version = system.version;
        return copy;
    }
}
