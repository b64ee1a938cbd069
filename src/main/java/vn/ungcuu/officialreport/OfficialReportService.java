package vn.ungcuu.officialreport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.ungcuu.audit.AuditLog;
import vn.ungcuu.audit.Changes;
import vn.ungcuu.authority.Authority;
import vn.ungcuu.authority.AuthorityRepository;
import vn.ungcuu.clock.TimeSource;
import vn.ungcuu.config.UngCuuConfig;
import vn.ungcuu.evidence.AttachmentRepository;
import vn.ungcuu.idempotency.CreatedAnswer;
import vn.ungcuu.idempotency.IdempotencyStore;
import vn.ungcuu.incident.Incident;
import vn.ungcuu.incident.IncidentAccess;
import vn.ungcuu.incident.IncidentRepository;
import vn.ungcuu.incident.IncidentService;
import vn.ungcuu.incident.Obligations;
import vn.ungcuu.outbox.Outbox;
import vn.ungcuu.paging.Page;
import vn.ungcuu.paging.PageRequest;
import vn.ungcuu.persistence.Ids;
import vn.ungcuu.problem.ApiException;
import vn.ungcuu.problem.FieldError;
import vn.ungcuu.regime.Regime;
import vn.ungcuu.regime.RegimeRef;
import vn.ungcuu.regime.RegimeStore;
import vn.ungcuu.requestid.RequestIds;
import vn.ungcuu.security.CurrentUser;
import vn.ungcuu.security.Roles;

/**
 * Official reports: what a unit actually sent to an authority. Recording one checks it against the incident's
 * regime (its kind, the fields that kind must say), meets the open obligations the regime says it meets, at the
 * time it was sent, and writes the report, the audit entry and the {@code report.recorded} event in one
 * transaction. Coordinators and the incident's unit's reporter record; whoever may read the incident reads.
 */
@ApplicationScoped
public class OfficialReportService {

    static final String ACTION = "REPORT_RECORDED";
    static final String IDEMPOTENCY_OPERATION = "record-official-report";

    @Inject
    IncidentRepository incidents;

    @Inject
    IncidentAccess access;

    @Inject
    Obligations obligations;

    @Inject
    OfficialReportRepository reports;

    @Inject
    AuthorityRepository authorities;

    @Inject
    AttachmentRepository attachments;

    @Inject
    RegimeStore regimes;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    IdempotencyStore idempotency;

    @Inject
    CurrentUser user;

    @Inject
    TimeSource time;

    @Inject
    UngCuuConfig config;

    @Inject
    RequestIds requestIds;

    @Inject
    ObjectMapper json;

    /**
     * Records a report. With an Idempotency-Key, a retry of the same body for the same incident replays the
     * first answer and records nothing; the same key with another body is a 422.
     */
    @Transactional
    public CreatedAnswer record(UUID incidentId, NewOfficialReport body, String idempotencyKey) {
        IdempotencyStore.checkKey(idempotencyKey);
        // a write lock: meeting obligations changes the incident, as a transition does
        Incident incident = access.requireReadable(incidents.findById(incidentId, LockModeType.PESSIMISTIC_WRITE));
        requireMayRecord(incident);
        return idempotency.createOnce(user.id(), IDEMPOTENCY_OPERATION, idempotencyKey,
                () -> IdempotencyStore.fingerprint(body, "incidentId", incident.id.toString()), () -> create(incident, body));
    }

    public Page<OfficialReportView> list(UUID incidentId, PageRequest page) {
        access.requireReadable(incidents.findById(incidentId));
        return reports.page(incidentId, page).map(this::view);
    }

    /** The report, for a caller who may read its incident (404 otherwise, and for another incident's report). */
    public OfficialReportView get(UUID incidentId, UUID reportId) {
        access.requireReadable(incidents.findById(incidentId));
        OfficialReport report = reports.findIn(incidentId, reportId);
        if (report == null) {
            throw ApiException.notFound("Official report");
        }
        return view(report);
    }

    private CreatedAnswer create(Incident incident, NewOfficialReport body) {
        Instant now = time.now();
        Regime regime = obligations.regimeOf(incident);
        Instant sentAt = body.sentAt().toInstant().truncatedTo(ChronoUnit.MICROS);
        String documentNumber = body.documentNumber() == null || body.documentNumber().isBlank() ? null
                : body.documentNumber().strip();
        List<FieldError> errors = new ArrayList<>();
        Optional<Regime.ReportKind> kind = regime.reportKind(body.kind());
        if (kind.isEmpty()) {
            errors.add(new FieldError("kind", "is not a report kind of " + regime.id() + " version " + regime.version()
                    + ", the incident's regime; its kinds: " + regime.reportKinds().stream()
                            .map(Regime.ReportKind::kind).toList()));
        }
        checkRecipient(body.recipient(), errors);
        if (sentAt.isAfter(now.plus(IncidentService.CLOCK_SKEW))) {
            errors.add(new FieldError("sentAt", "must not be in the future"));
        } else if (sentAt.isBefore(incident.detectedAt)) {
            errors.add(new FieldError("sentAt", "must not be before the incident was detected ("
                    + incident.detectedAt + ")"));
        }
        if (documentNumber == null && body.channel() != ReportChannel.PHONE) {
            errors.add(new FieldError("documentNumber", "is required for a report sent by " + body.channel()
                    + "; only a PHONE report may lack one"));
        }
        Map<String, String> content = kind.map(k -> checkContent(k, body.content(), incident.stateSecret, errors))
                .orElse(Map.of());
        List<UUID> attachmentIds = checkAttachments(incident.id, body.attachmentIds(), errors);
        checkSupersedes(incident.id, body.supersedes(), sentAt, errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }

        OfficialReport report = new OfficialReport();
        report.id = Ids.newId();
        report.incidentId = incident.id;
        report.kind = body.kind();
        report.regimeId = regime.id();
        report.regimeVersion = regime.version();
        report.recipient = body.recipient();
        report.sentAt = sentAt;
        report.channel = body.channel();
        report.documentNumber = documentNumber;
        report.content = write(content);
        report.attachmentIds = attachmentIds.toArray(UUID[]::new);
        report.supersedes = body.supersedes();
        report.recordedBy = user.id();
        report.recordedAt = now;

        Changes changes = new Changes()
                .created("report.id", report.id)
                .created("report.kind", report.kind)
                .created("report.recipient", report.recipient)
                .created("report.sentAt", report.sentAt)
                .created("report.channel", report.channel)
                .created("report.documentNumber", report.documentNumber)
                .created("report.attachmentIds", attachmentIds.isEmpty() ? null : attachmentIds)
                .created("report.supersedes", report.supersedes);
        // a correction meets nothing: whatever the corrected report met, it met when it was sent
        List<String> met = report.supersedes != null ? List.of()
                : obligations.meetByReport(incident, report.kind, report.id, report.sentAt, changes);
        report.met = met.toArray(String[]::new);
        if (!met.isEmpty()) {
            incident.updatedAt = now;
        }
        reports.persist(report);
        audit.record(user.id(), Incident.AUDIT_TYPE, incident.id.toString(), ACTION, changes, now);
        outbox.publish(Outbox.REPORT_RECORDED, event(incident, report), incident.id, null);
        reports.flush();
        Log.infof("request %s: official report %s (%s to %s) on incident %s met %s", requestIds.current(), report.id,
                report.kind, report.recipient, incident.id, met);

        String location = "/api/v1/incidents/" + incident.id + "/reports/" + report.id;
        return CreatedAnswer.created(location, write(view(report)), null);
    }

    /** Coordinators, and the reporter of the incident's unit: the unit is the one that sends it. */
    private void requireMayRecord(Incident incident) {
        boolean coordinator = user.has(Roles.COORDINATOR);
        boolean reporterOfUnit = user.has(Roles.REPORTER) && user.belongsTo(incident.unitCode);
        if (!coordinator && !reporterOfUnit) {
            throw ApiException.forbidden("Your role may not record official reports on this incident");
        }
    }

    private void checkRecipient(String recipient, List<FieldError> errors) {
        if (OfficialReport.DATA_SUBJECTS.equals(recipient)) {
            return;
        }
        Authority authority = authorities.findById(recipient);
        if (authority == null) {
            errors.add(new FieldError("recipient", "is not an authority's code (GET /authorities), nor "
                    + OfficialReport.DATA_SUBJECTS));
        } else if (!authority.active) {
            errors.add(new FieldError("recipient", "names an authority that is no longer active"));
        }
    }

    /**
     * Every field the kind lists, as non-blank text, and no other; in the regime's order. A state-secret
     * incident keeps only a summary of each, as it does of its description.
     */
    private Map<String, String> checkContent(Regime.ReportKind kind, Map<String, String> given, boolean stateSecret,
            List<FieldError> errors) {
        Map<String, String> content = new LinkedHashMap<>();
        int summaryLimit = config.stateSecret().summaryMaxLength();
        for (String field : kind.content()) {
            String value = given.get(field);
            if (value == null || value.isBlank()) {
                errors.add(new FieldError("content." + field, "is required by " + kind.kind() + " ("
                        + kind.legalBasis().document() + ", " + kind.legalBasis().article() + ")"));
            } else if (stateSecret && value.length() > summaryLimit) {
                errors.add(new FieldError("content." + field, "a state-secret incident keeps only a summary of at "
                        + "most " + summaryLimit + " characters; the material itself stays off networked machines"));
            } else {
                content.put(field, value);
            }
        }
        for (String field : given.keySet()) {
            if (!kind.content().contains(field)) {
                errors.add(new FieldError("content." + field, "is not a field of " + kind.kind() + "; its fields: "
                        + kind.content()));
            }
        }
        return content;
    }

    private List<UUID> checkAttachments(UUID incidentId, List<UUID> ids, List<FieldError> errors) {
        if (ids == null) {
            return List.of();
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            if (!seen.add(id)) {
                errors.add(new FieldError("attachmentIds[" + i + "]", "is listed twice"));
            } else if (attachments.findIn(incidentId, id) == null) {
                errors.add(new FieldError("attachmentIds[" + i + "]", "is not an attachment of this incident"));
            }
        }
        return List.copyOf(ids);
    }

    private void checkSupersedes(UUID incidentId, UUID supersedes, Instant sentAt, List<FieldError> errors) {
        if (supersedes == null) {
            return;
        }
        OfficialReport earlier = reports.findIn(incidentId, supersedes);
        if (earlier == null) {
            errors.add(new FieldError("supersedes", "is not a report of this incident"));
        } else if (earlier.sentAt.isAfter(sentAt)) {
            errors.add(new FieldError("supersedes", "was sent after this report (" + earlier.sentAt
                    + "); a correction follows what it corrects"));
        }
    }

    /**
     * The event's data: which report, about which incident, to whom, and what it met. Not its content: that may
     * hold personal data, and whoever may read the incident reads it with GET.
     */
    private static Map<String, Object> event(Incident incident, OfficialReport report) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("incidentId", incident.id);
        data.put("reference", incident.reference);
        data.put("unitCode", incident.unitCode);
        data.put("reportId", report.id);
        data.put("kind", report.kind);
        data.put("recipient", report.recipient);
        data.put("sentAt", report.sentAt);
        data.put("channel", report.channel);
        data.put("documentNumber", report.documentNumber);
        data.put("supersedes", report.supersedes);
        data.put("met", List.of(report.met));
        return data;
    }

    OfficialReportView view(OfficialReport report) {
        Map<String, String> stored = read(report.content);
        // jsonb keeps its keys in its own order: answer them in the order the regime lists them
        Map<String, String> content = new LinkedHashMap<>();
        regimes.version(report.regimeId, report.regimeVersion).flatMap(regime -> regime.reportKind(report.kind))
                .ifPresent(kind -> kind.content().forEach(field -> {
                    if (stored.containsKey(field)) {
                        content.put(field, stored.get(field));
                    }
                }));
        content.putAll(stored);
        return new OfficialReportView(report.id, report.incidentId, report.kind, report.recipient, report.sentAt,
                report.channel, report.documentNumber, content, Arrays.asList(report.attachmentIds),
                report.supersedes, Arrays.asList(report.met), new RegimeRef(report.regimeId, report.regimeVersion),
                report.recordedBy, report.recordedAt);
    }


    private Map<String, String> read(String content) {
        try {
            return json.readValue(content, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored report content unreadable", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("official report not serialisable", e);
        }
    }
}
