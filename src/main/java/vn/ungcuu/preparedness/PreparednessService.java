package vn.ungcuu.preparedness;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.ungcuu.audit.AuditLog;
import vn.ungcuu.audit.Changes;
import vn.ungcuu.clock.TimeSource;
import vn.ungcuu.config.UngCuuConfig;
import vn.ungcuu.evidence.ContentTypes;
import vn.ungcuu.evidence.EvidenceConfig;
import vn.ungcuu.evidence.EvidenceStore;
import vn.ungcuu.evidence.Filenames;
import vn.ungcuu.evidence.IncomingFile;
import vn.ungcuu.paging.Cursor;
import vn.ungcuu.paging.Page;
import vn.ungcuu.paging.PageRequest;
import vn.ungcuu.persistence.Ids;
import vn.ungcuu.problem.ApiException;
import vn.ungcuu.problem.FieldError;
import vn.ungcuu.problem.ProblemType;
import vn.ungcuu.security.CurrentUser;
import vn.ungcuu.security.Roles;
import vn.ungcuu.unit.InformationSystem;
import vn.ungcuu.unit.SystemRepository;
import vn.ungcuu.unit.UnitRepository;

/**
 * The preparedness registers: record (a unit's reporter for its unit, coordinators and administrators for any),
 * read (the reporter its own unit's; coordinators, auditors, administrators all), attach files. Each write is one
 * transaction with its audit entry.
 */
@ApplicationScoped
public class PreparednessService {

    static final String LIST_SCOPE = "preparedness";
    static final String ATTACHMENTS_SCOPE = "preparedness-attachments";

    @Inject
    PreparednessRepository records;

    @Inject
    PreparednessAttachmentRepository attachments;

    @Inject
    UnitRepository units;

    @Inject
    SystemRepository systems;

    @Inject
    EvidenceStore store;

    @Inject
    EvidenceConfig evidence;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    TimeSource time;

    @Inject
    UngCuuConfig config;

    /** What a list is narrowed to; each null when not asked for. */
    public record Filter(RecordKind kind, String unitCode, LocalDate heldFrom, LocalDate heldTo) {
    }

    @Transactional
    public PreparednessRecordView record(NewPreparednessRecord input) {
        if (!user.hasAny(Roles.COORDINATOR, Roles.ADMIN) && !user.belongsTo(input.unitCode())) {
            throw ApiException.forbidden("A reporter records the preparedness of its own unit only");
        }
        List<FieldError> errors = new ArrayList<>();
        if (units.findById(input.unitCode()) == null) {
            errors.add(new FieldError("unitCode", "no unit has this code"));
        }
        LocalDate today = time.now().atZone(config.timeZone()).toLocalDate();
        if (input.heldOn().isAfter(today)) {
            errors.add(new FieldError("heldOn", "must not be in the future (today is " + today + ")"));
        }
        checkKind(input, errors);
        List<String> participating = input.participatingUnits() == null ? List.of() : input.participatingUnits();
        for (int i = 0; i < participating.size(); i++) {
            if (units.findById(participating.get(i)) == null) {
                errors.add(new FieldError("participatingUnits[" + i + "]", "no unit has this code"));
            }
        }
        List<CertificateView> certificates = new ArrayList<>();
        List<CertificateInput> given = input.certificates() == null ? List.of() : input.certificates();
        for (int i = 0; i < given.size(); i++) {
            CertificateInput certificate = given.get(i);
            Integer level = null;
            if (certificate.systemId() != null) {
                InformationSystem system = systemOf(certificate.systemId(), input.unitCode());
                if (system == null) {
                    errors.add(new FieldError("certificates[" + i + "].systemId",
                            "no information system of the unit has this id"));
                } else {
                    level = (int) system.securityLevel;
                }
            }
            certificates.add(new CertificateView(certificate.holderName(), certificate.certificateNumber(),
                    certificate.issuedBy(), certificate.systemId(), level));
        }
        if (input.systemId() != null && systemOf(input.systemId(), input.unitCode()) == null) {
            errors.add(new FieldError("systemId", "no information system of the unit has this id"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }

        Instant now = time.now();
        PreparednessRecord record = new PreparednessRecord();
        record.id = Ids.newId();
        record.kind = input.kind();
        record.unitCode = input.unitCode();
        record.title = input.title();
        record.heldOn = input.heldOn();
        record.note = input.note();
        record.drillScope = input.drillScope();
        record.scenario = input.scenario();
        record.participatingUnits = PreparednessRecordView.write(participating);
        record.findings = input.findings();
        record.course = input.course();
        record.participants = input.participants();
        record.certificates = PreparednessRecordView.write(certificates);
        record.equipment = input.equipment();
        record.systemId = input.systemId();
        record.result = input.result();
        record.recordedBy = user.id();
        record.recordedAt = now;
        records.persist(record);
        audit.record(user.id(), PreparednessRecord.AUDIT_TYPE, record.id.toString(), "CREATE", new Changes()
                .created("kind", record.kind)
                .created("unitCode", record.unitCode)
                .created("title", record.title)
                .created("heldOn", record.heldOn.toString())
                .created("note", record.note)
                .created("drillScope", record.drillScope)
                .created("scenario", record.scenario)
                .created("participatingUnits", participating.isEmpty() ? null : participating.toArray())
                .created("findings", record.findings)
                .created("course", record.course)
                .created("participants", record.participants)
                .created("certificates", certificates.isEmpty() ? null : certificates.toArray())
                .created("equipment", record.equipment)
                .created("systemId", record.systemId)
                .created("result", record.result), now);
        records.flush();
        return PreparednessRecordView.of(record);
    }

    /** The fields of the record's kind are there, and no field of another kind is. */
    private static void checkKind(NewPreparednessRecord input, List<FieldError> errors) {
        RecordKind kind = input.kind();
        require(errors, kind, RecordKind.DRILL, "drillScope", input.drillScope());
        require(errors, kind, RecordKind.DRILL, "scenario", input.scenario());
        only(errors, kind, RecordKind.DRILL, "participatingUnits", input.participatingUnits());
        if (kind != RecordKind.DRILL && kind != RecordKind.EQUIPMENT_CHECK && input.findings() != null) {
            errors.add(new FieldError("findings", "applies to DRILL and EQUIPMENT_CHECK records only"));
        }
        require(errors, kind, RecordKind.TRAINING, "course", input.course());
        require(errors, kind, RecordKind.TRAINING, "participants", input.participants());
        only(errors, kind, RecordKind.TRAINING, "certificates", input.certificates());
        require(errors, kind, RecordKind.EQUIPMENT_CHECK, "equipment", input.equipment());
        require(errors, kind, RecordKind.EQUIPMENT_CHECK, "result", input.result());
        only(errors, kind, RecordKind.EQUIPMENT_CHECK, "systemId", input.systemId());
        if (input.scenario() != null && input.scenario().isBlank()) {
            errors.add(new FieldError("scenario", "must not be blank"));
        }
        if (input.course() != null && input.course().isBlank()) {
            errors.add(new FieldError("course", "must not be blank"));
        }
        if (input.equipment() != null && input.equipment().isBlank()) {
            errors.add(new FieldError("equipment", "must not be blank"));
        }
    }

    private static void require(List<FieldError> errors, RecordKind kind, RecordKind of, String field, Object value) {
        if (kind == of && value == null) {
            errors.add(new FieldError(field, "is required for a " + of + " record"));
        }
        only(errors, kind, of, field, value);
    }

    private static void only(List<FieldError> errors, RecordKind kind, RecordKind of, String field, Object value) {
        if (kind != of && value != null) {
            errors.add(new FieldError(field, "applies to " + of + " records only"));
        }
    }

    public Page<PreparednessRecordView> list(Filter filter, PageRequest page) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (!user.hasAny(Roles.COORDINATOR, Roles.AUDITOR, Roles.ADMIN)) {
            query.append(" and unitCode = :own");
            params.and("own", user.unitCode().orElse(""));
        }
        if (filter.kind() != null) {
            query.append(" and kind = :kind");
            params.and("kind", filter.kind());
        }
        if (filter.unitCode() != null) {
            query.append(" and unitCode = :unit");
            params.and("unit", filter.unitCode());
        }
        if (filter.heldFrom() != null) {
            query.append(" and heldOn >= :heldFrom");
            params.and("heldFrom", filter.heldFrom());
        }
        if (filter.heldTo() != null) {
            query.append(" and heldOn <= :heldTo");
            params.and("heldTo", filter.heldTo());
        }
        if (page.cursor() != null) {
            Cursor after = Cursor.decode(page.cursor(), LIST_SCOPE, 2);
            LocalDate day;
            UUID id;
            try {
                day = LocalDate.parse(after.values().get(0));
                id = UUID.fromString(after.values().get(1));
            } catch (RuntimeException e) {
                throw Cursor.invalid();
            }
            query.append(" and (heldOn < :afterDay or (heldOn = :afterDay and id < :afterId))");
            params.and("afterDay", day).and("afterId", id);
        }
        List<PreparednessRecord> rows = records.find(query + " order by heldOn desc, id desc", params)
                .page(0, page.fetchSize()).list();
        return Page.of(rows, page, (PreparednessRecord last) -> new Cursor(LIST_SCOPE,
                List.of(last.heldOn.toString(), last.id.toString())).encode()).map(PreparednessRecordView::of);
    }

    public PreparednessRecordView get(UUID id) {
        return PreparednessRecordView.of(readable(id));
    }

    /** The unit's own system: another unit's is as unknown as a missing one (no level, no existence leaks). */
    private InformationSystem systemOf(UUID id, String unitCode) {
        InformationSystem system = systems.findById(id);
        return system != null && system.unitCode.equals(unitCode) ? system : null;
    }

    /** A record the caller may read; another unit's (for its reporter) and unknown ids are 404 alike. */
    private PreparednessRecord readable(UUID id) {
        PreparednessRecord record = records.findById(id);
        if (record == null || !user.hasAny(Roles.COORDINATOR, Roles.AUDITOR, Roles.ADMIN)
                && !user.belongsTo(record.unitCode)) {
            throw ApiException.notFound("Preparedness record " + id);
        }
        return record;
    }

    /** Stores a file of the record: its unit's reporter, coordinators and administrators. */
    @Transactional
    public PreparednessAttachmentView attach(UUID recordId, IncomingFile file) {
        long limit = evidence.maxSize().asLongValue();
        if (file.size() > limit) {
            throw new ApiException(ProblemType.PAYLOAD_TOO_LARGE,
                    "The file has " + file.size() + " bytes; an attachment may have at most " + limit);
        }
        PreparednessRecord record = readable(recordId);
        if (!user.has(Roles.COORDINATOR) && !user.has(Roles.ADMIN) && !user.belongsTo(record.unitCode)) {
            throw ApiException.forbidden("Your role may not attach files to this record");
        }
        PreparednessAttachment attachment = new PreparednessAttachment();
        attachment.id = Ids.newId();
        attachment.recordId = record.id;
        attachment.filename = Filenames.clean(file.filename());
        attachment.contentType = ContentTypes.clean(file.contentType());
        EvidenceStore.Stored stored;
        try (InputStream content = file.content().open()) {
            stored = store.write(attachment.id, content, file.size());
        } catch (IOException e) {
            throw new UncheckedIOException("attachment " + attachment.id + ": cannot read the upload", e);
        }
        Instant now = time.now();
        attachment.size = stored.size();
        attachment.sha256 = stored.sha256();
        attachment.uploadedBy = user.id();
        attachment.uploadedAt = now;
        attachments.persist(attachment);
        audit.record(user.id(), PreparednessRecord.AUDIT_TYPE, record.id.toString(), "ATTACH", new Changes()
                .field("attachment.id", null, attachment.id)
                .field("attachment.filename", null, attachment.filename)
                .field("attachment.contentType", null, attachment.contentType)
                .field("attachment.size", null, attachment.size)
                .field("attachment.sha256", null, attachment.sha256), now);
        attachments.flush();
        return PreparednessAttachmentView.of(attachment);
    }

    public Page<PreparednessAttachmentView> listAttachments(UUID recordId, PageRequest page) {
        readable(recordId);
        String query = "recordId = :record";
        Parameters params = Parameters.with("record", recordId);
        if (page.cursor() != null) {
            Cursor.Keyset after = Cursor.decodeKeyset(page.cursor(), ATTACHMENTS_SCOPE);
            query += " and (uploadedAt > :afterTime or (uploadedAt = :afterTime and id > :afterId))";
            params.and("afterTime", after.time()).and("afterId", after.id());
        }
        List<PreparednessAttachment> rows = attachments.find(query + " order by uploadedAt, id", params)
                .page(0, page.fetchSize()).list();
        return Page.of(rows, page, (PreparednessAttachment last) -> Cursor.encodeKeyset(ATTACHMENTS_SCOPE,
                last.uploadedAt, last.id)).map(PreparednessAttachmentView::of);
    }

    public PreparednessAttachmentView attachment(UUID recordId, UUID attachmentId) {
        readable(recordId);
        PreparednessAttachment attachment = attachments.findById(attachmentId);
        if (attachment == null || !attachment.recordId.equals(recordId)) {
            throw ApiException.notFound("Attachment");
        }
        return PreparednessAttachmentView.of(attachment);
    }
}
