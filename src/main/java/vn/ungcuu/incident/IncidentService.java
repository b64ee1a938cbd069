package vn.ungcuu.incident;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.panache.common.Parameters;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.ungcuu.audit.AuditLog;
import vn.ungcuu.audit.AuditRecord;
import vn.ungcuu.audit.Changes;
import vn.ungcuu.regime.Regime;
import vn.ungcuu.regime.RegimeRef;
import vn.ungcuu.regime.RegimeStore;
import vn.ungcuu.problem.ApiException;
import vn.ungcuu.paging.Cursor;
import vn.ungcuu.problem.FieldError;
import vn.ungcuu.persistence.HqlFilters;
import vn.ungcuu.persistence.Ids;
import vn.ungcuu.paging.Page;
import vn.ungcuu.paging.PageRequest;
import vn.ungcuu.problem.ProblemType;
import vn.ungcuu.clock.TimeSource;
import vn.ungcuu.config.UngCuuConfig;
import vn.ungcuu.http.ETags;
import vn.ungcuu.http.MergePatch;
import vn.ungcuu.idempotency.CreatedAnswer;
import vn.ungcuu.idempotency.IdempotencyStore;
import vn.ungcuu.security.CurrentUser;
import vn.ungcuu.security.Roles;
import vn.ungcuu.unit.InformationSystem;
import vn.ungcuu.unit.SystemRepository;
import vn.ungcuu.unit.Unit;
import vn.ungcuu.unit.UnitMap;
import vn.ungcuu.unit.UnitMaps;
import vn.ungcuu.unit.UnitRepository;

/** Filing, reading, editing and listing incidents; every change is audited in its own transaction. */
@ApplicationScoped
public class IncidentService {

    static final String CREATE_OPERATION = "incident.create";
    /** Rows read per transaction while an export streams. */
    static final int EXPORT_PAGE = 500;
    /**
     * Tolerated client clock skew when checking that a client's time is not in the future: detectedAt here, and
     * an official report's sentAt.
     */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    static final Set<String> PATCHABLE = Set.of("title", "description", "category", "affectedSystemIds", "tlp",
            "assignee", "personalData");
    static final Map<String, String> READ_ONLY = readOnly();

    @Inject
    IncidentRepository incidents;

    @Inject
    UnitRepository units;

    @Inject
    SystemRepository systems;

    @Inject
    IncidentReader reader;

    @Inject
    IncidentAccess access;

    @Inject
    AuditLog audit;

    @Inject
    IdempotencyStore idempotency;

    @Inject
    CurrentUser user;

    @Inject
    TimeSource time;

    @Inject
    UngCuuConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    MergePatch mergePatch;

    @Inject
    Obligations obligations;

    @Inject
    PersonalDataRecord personalData;

    @Inject
    RegimeStore regimes;

    @Inject
    Event<IncidentChanged> changed;

    @Inject
    UnitMaps unitMaps;

    @Transactional
    public CreatedAnswer create(NewIncident body, String idempotencyKey) {
        IdempotencyStore.checkKey(idempotencyKey);
        String unitCode = reportingUnit(body.unitCode());
        return idempotency.createOnce(user.id(), CREATE_OPERATION, idempotencyKey,
                () -> IdempotencyStore.fingerprint(body, "unitCode", unitCode), () -> file(unitCode, body));
    }

    private CreatedAnswer file(String unitCode, NewIncident body) {
        Instant now = time.now();
        Instant detectedAt = body.detectedAt().toInstant();
        if (detectedAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw ApiException.invalid("detectedAt", "must not be in the future");
        }
        Unit unit = units.findById(unitCode);
        if (unit == null || !unit.active) {
            throw ApiException.invalid("unitCode", "no active unit has this code");
        }
        unitMaps.requireInForce(unit);
        Set<UUID> systemIds = checkSystems(body.affectedSystemIds());
        if (Boolean.TRUE.equals(body.stateSecret())) {
            requireSummaryOnly(body.description());
        }

        Incident incident = new Incident();
        incident.id = Ids.newId();
        incident.unitCode = unitCode;
        incident.title = body.title();
        incident.description = body.description();
        incident.category = body.category();
        incident.status = IncidentStatus.NEW;
        incident.tlp = body.tlp() == null ? Tlp.AMBER : body.tlp();
        incident.detectedAt = detectedAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        incident.reportedAt = now;
        incident.updatedAt = now;
        incident.beyondCapacity = Boolean.TRUE.equals(body.beyondCapacity());
        incident.stateSecret = Boolean.TRUE.equals(body.stateSecret());
        incident.reportedBy = user.id();
        incident.affectedSystemIds = new HashSet<>(systemIds);
        Regime regime = regimes.inForceAt(incident.detectedAt);
        incident.regimeId = regime.id();
        incident.regimeVersion = regime.version();

        // everything but the reference first: the year's counter row stays locked from the number to the commit,
        // and every create waits for it
        Changes filed = new Changes()
                .created("unitCode", incident.unitCode)
                .created("title", incident.title)
                .created("description", incident.description)
                .created("category", incident.category)
                .created("status", incident.status)
                .created("tlp", incident.tlp)
                .created("detectedAt", incident.detectedAt)
                .created("affectedSystemIds", incident.affectedSystemIds.isEmpty() ? null : incident.affectedSystemIds)
                .created("beyondCapacity", incident.beyondCapacity)
                .created("stateSecret", incident.stateSecret)
                .created("regime", new RegimeRef(incident.regimeId, incident.regimeVersion));
        // before persisting: a collection changed after persist would count as a second version
        obligations.start(incident, Obligations.FILED, null, incident.beyondCapacity ? Set.of("beyondCapacity") : Set.of(),
                now, filed);
        personalData.record(incident, body.personalData(), now, filed);

        int year = now.atZone(config.timeZone()).getYear();
        incident.reference = String.format("SC-%d-%06d", year, incidents.nextReferenceNumber(year));
        Changes changes = new Changes().created("reference", incident.reference).and(filed);
        incidents.persist(incident);
        audit.record(user.id(), Incident.AUDIT_TYPE, incident.id.toString(), "CREATE", changes, now);
        incidents.flush();

        String location = "/api/v1/incidents/" + incident.id;
        IncidentView view = viewOf(incident, now, List.of(), UnitMap.EMPTY);
        return CreatedAnswer.created(location, write(view), ETags.of(view.version()));
    }

    public IncidentView get(UUID id) {
        return view(access.requireReadable(reader.one(id)), time.now());
    }

    /** Applies a JSON merge patch (RFC 7396) to the editable fields, validates the result, audits the change. */
    @Transactional
    public IncidentView patch(UUID id, ObjectNode patch, String ifMatch) {
        Incident incident = access.requireReadable(incidents.findById(id, LockModeType.PESSIMISTIC_WRITE));
        ETags.requireMatch(ifMatch, incident.version);
        MergePatch.refuseFields(patch, PATCHABLE, READ_ONLY);
        if (incident.isFinished()) {
            throw new ApiException(ProblemType.CONFLICT,
                    "A " + incident.status + " incident cannot be edited; reopen it first");
        }
        IncidentEdit edit = mergePatch.apply(IncidentEdit.of(incident), patch, IncidentEdit.class);
        access.requireEditable(incident, !java.util.Objects.equals(edit.assignee(), incident.assignee));
        if (incident.stateSecret) {
            requireSummaryOnly(edit.description());
        }
        Set<UUID> systemIds = checkSystems(edit.affectedSystemIds());

        Changes changes = new Changes()
                .field("title", incident.title, edit.title())
                .field("description", incident.description, edit.description())
                .field("category", incident.category, edit.category())
                .field("affectedSystemIds", incident.affectedSystemIds, systemIds)
                .field("tlp", incident.tlp, edit.tlp())
                .field("assignee", incident.assignee, edit.assignee());
        Instant now = time.now();
        personalData.record(incident, edit.personalData(), now, changes);
        if (changes.isEmpty()) {
            return view(incident, now);
        }
        incident.title = edit.title();
        incident.description = edit.description();
        incident.category = edit.category();
        if (!incident.affectedSystemIds.equals(systemIds)) {
            incident.affectedSystemIds.clear();
            incident.affectedSystemIds.addAll(systemIds);
        }
        incident.tlp = edit.tlp();
        incident.assignee = edit.assignee();
        incident.updatedAt = now;
        audit.record(user.id(), Incident.AUDIT_TYPE, incident.id.toString(), "UPDATE", changes, now);
        incidents.flush();
        changed.fire(new IncidentChanged(incident.id, incident.reference, "UPDATE", changes.asList()));
        return view(incident, now);
    }

    /** The list query of the caller for these filters: its scope first, then each filter. */
    IncidentQuery query(IncidentFilter filter) {
        Parameters params = new Parameters();
        StringBuilder where = new StringBuilder(access.listCondition(params));
        Map<String, Object> values = new HashMap<>(params.map());
        if (!filter.statuses().isEmpty()) {
            where.append(" and ").append(HqlFilters.anyOf("i.status", "statuses", filter.statuses(), values::put));
        }
        if (!filter.severities().isEmpty() || filter.unassessed()) {
            List<String> any = new ArrayList<>();
            if (!filter.severities().isEmpty()) {
                any.add(HqlFilters.anyOf("i.severity", "severities", filter.severities(), values::put));
            }
            if (filter.unassessed()) {
                any.add("i.severity is null");
            }
            where.append(" and (").append(String.join(" or ", any)).append(")");
        }
        if (!filter.unitCodes().isEmpty()) {
            List<String> codes = filter.unitCodes();
            if (filter.includePredecessors()) {
                UnitMap map = unitMaps.current();
                codes = codes.stream().flatMap(code -> map.withPredecessors(code).stream()).distinct().toList();
            }
            where.append(" and ").append(HqlFilters.anyOf("i.unitCode", "units", codes, values::put));
        }
        if (!filter.categories().isEmpty()) {
            where.append(" and ").append(HqlFilters.anyOf("i.category", "categories", filter.categories(), values::put));
        }
        if (filter.updatedSince() != null) {
            where.append(" and i.updatedAt >= :updatedSince");
            values.put("updatedSince", filter.updatedSince());
        }
        if (filter.createdFrom() != null) {
            where.append(" and i.reportedAt >= :createdFrom");
            values.put("createdFrom", filter.createdFrom());
        }
        if (filter.createdTo() != null) {
            where.append(" and i.reportedAt < :createdTo");
            values.put("createdTo", filter.createdTo());
        }
        if (!filter.assignees().isEmpty()) {
            List<String> people = filter.assignees().stream()
                    .map(one -> one.equals(IncidentFilter.ME) ? user.id() : one).distinct().toList();
            where.append(" and ").append(HqlFilters.anyOf("i.assignee", "assignees", people, values::put));
        }
        if (filter.obligationDueFrom() != null || filter.obligationDueTo() != null) {
            where.append(" and exists (select 1 from Incident o join o.deadlines d where o.id = i.id")
                    .append(" and d.status = :openObligation");
            values.put("openObligation", ObligationStatus.OPEN);
            if (filter.obligationDueFrom() != null) {
                where.append(" and d.dueAt >= :obligationDueFrom");
                values.put("obligationDueFrom", filter.obligationDueFrom());
            }
            if (filter.obligationDueTo() != null) {
                where.append(" and d.dueAt < :obligationDueTo");
                values.put("obligationDueTo", filter.obligationDueTo());
            }
            where.append(")");
        }
        if (filter.q() != null) {
            // backed by a trigram index on the normalized text (accent- and case-insensitive)
            where.append(" and i.searchText like :q escape '\\'");
            values.put("q", SearchText.containsPattern(filter.q()));
        }
        return new IncidentQuery(where.toString(), values, filter.sort());
    }

    /** How many incidents the caller may see match the filters (the board's counters). */
    public long count(IncidentFilter filter) {
        IncidentQuery query = query(filter);
        return incidents.count("from Incident i where " + query.where(), query.params());
    }

    public Page<IncidentView> list(IncidentFilter filter, PageRequest page) {
        IncidentQuery query = query(filter);
        String scope = "incidents:" + query.sort().param;
        Cursor.Keyset after = page.cursor() == null ? null : Cursor.decodeKeyset(page.cursor(), scope);
        List<Incident> rows = reader.page(query, after == null ? null : after.time(), after == null ? null : after.id(),
                page.fetchSize(), IncidentReader.Detail.FULL);
        Page<Incident> found = Page.of(rows, page, last -> Cursor.encodeKeyset(scope, query.keyOf(last), last.id));
        Instant now = time.now();
        Map<UUID, List<UUID>> duplicates = duplicatesOf(found.items().stream().map(incident -> incident.id).toList());
        UnitMap map = unitMaps.current();
        return found.map(incident -> viewOf(incident, now, duplicates.getOrDefault(incident.id, List.of()), map));
    }

    /**
     * Hands every incident of the query to the sink, a page at a time, each page read in its own short
     * transaction: an export of any size runs in constant memory without holding a transaction open. With
     * {@link IncidentReader.Detail#SYSTEMS} the views carry no obligations (a CSV row shows none).
     */
    void forEach(IncidentQuery query, IncidentReader.Detail detail, java.util.function.Consumer<IncidentView> sink) {
        Instant afterTime = null;
        UUID afterId = null;
        while (true) {
            Instant from = afterTime;
            UUID fromId = afterId;
            List<IncidentView> page = QuarkusTransaction.requiringNew().call(() -> {
                Instant now = time.now();
                UnitMap map = unitMaps.current();
                return reader.page(query, from, fromId, EXPORT_PAGE, detail).stream()
                        .map(incident -> viewOf(incident, now, List.of(), map)).toList();
            });
            page.forEach(sink);
            if (page.size() < EXPORT_PAGE) {
                return;
            }
            IncidentView last = page.get(page.size() - 1);
            afterTime = query.sort() == IncidentSort.UPDATED_ASC || query.sort() == IncidentSort.UPDATED_DESC
                    ? last.updatedAt() : last.reportedAt();
            afterId = last.id();
        }
    }

    private IncidentView viewOf(Incident incident, Instant now, List<UUID> duplicates, UnitMap map) {
        return IncidentView.of(incident, obligations.views(incident, now), duplicates,
                map.current(incident.unitCode));
    }

    /** The incident as the caller sees it, with the duplicates the caller may see. */
    public IncidentView view(Incident incident, Instant now) {
        return viewOf(incident, now, duplicatesOf(List.of(incident.id)).getOrDefault(incident.id, List.of()),
                unitMaps.current());
    }

    /** For each incident, the incidents rejected as its duplicates that the caller may read. */
    private Map<UUID, List<UUID>> duplicatesOf(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<UUID>> duplicates = new HashMap<>();
        reader.duplicatesOf(ids).stream().filter(access::canRead)
                .forEach(duplicate -> duplicates.computeIfAbsent(duplicate.duplicateOf, key -> new ArrayList<>())
                        .add(duplicate.id));
        return duplicates;
    }

    public Page<AuditRecord> history(UUID id, PageRequest page) {
        access.requireReadable(incidents.findById(id));
        // internal notes never reach reporters, not even through the history
        Set<String> hidden = user.seesInternalNotes() ? Set.of() : Set.of(Incident.INTERNAL_NOTE_ACTION);
        return audit.history(Incident.AUDIT_TYPE, id.toString(), page, hidden);
    }

    /** The unit an incident is filed for: a coordinator names any; a reporter files for its own unit. */
    private String reportingUnit(String requested) {
        if (user.has(Roles.COORDINATOR)) {
            return Optional.ofNullable(requested).or(user::unitCode)
                    .orElseThrow(() -> ApiException.invalid("unitCode", "is required when filing as coordinator"));
        }
        String own = user.unitCode().orElseThrow(() -> ApiException.forbidden("Your token names no unit"));
        if (requested != null && !requested.equals(own)) {
            throw ApiException.forbidden("Reporters file incidents for their own unit only");
        }
        return own;
    }

    /** Affected systems must exist; a reporter may only name its own unit's systems. */
    private Set<UUID> checkSystems(List<UUID> ids) {
        Set<UUID> wanted = ids == null ? Set.of() : new LinkedHashSet<>(ids);
        List<InformationSystem> found = systems.findAll(wanted);
        Set<UUID> usable = new HashSet<>();
        for (InformationSystem system : found) {
            if (!user.onlyReporter() || user.belongsTo(system.unitCode)) {
                usable.add(system.id);
            }
        }
        List<FieldError> errors = new ArrayList<>();
        int index = 0;
        for (UUID id : ids == null ? List.<UUID>of() : ids) {
            if (!usable.contains(id)) {
                errors.add(new FieldError("affectedSystemIds[" + index + "]", "no information system has this id"));
            }
            index++;
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return wanted;
    }

    /**
     * State-secret material never goes on a networked machine (the plan): an incident flagged
     * stateSecret keeps only a short summary as its description.
     */
    private void requireSummaryOnly(String description) {
        int limit = config.stateSecret().summaryMaxLength();
        if (description != null && description.length() > limit) {
            throw ApiException.invalid("description", "a state-secret incident keeps only a summary of at most "
                    + limit + " characters; the material itself stays off networked machines");
        }
    }



    private String write(IncidentView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fields of the incident a PATCH may not name; its status changes only through a transition. */
    private static Map<String, String> readOnly() {
        Map<String, String> fields = new HashMap<>();
        List.of("id", "reference", "unitCode", "currentUnitCode", "severity", "legalClass", "reportedAt", "updatedAt", "detectedAt",
                "reportedBy", "deadlines", "version", "beyondCapacity", "stateSecret")
                .forEach(field -> fields.put(field, MergePatch.READ_ONLY));
        fields.put("status", MergePatch.READ_ONLY + "; use POST /incidents/{id}/transitions");
        return Map.copyOf(fields);
    }
}
