package vn.ungcuu.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ungcuu.audit.AuditLog;
import vn.ungcuu.audit.Changes;
import vn.ungcuu.problem.ApiException;
import vn.ungcuu.persistence.Ids;
import vn.ungcuu.paging.Page;
import vn.ungcuu.paging.PageRequest;
import vn.ungcuu.problem.ProblemType;
import vn.ungcuu.requestid.RequestIds;
import vn.ungcuu.clock.TimeSource;
import vn.ungcuu.idempotency.CreatedAnswer;
import vn.ungcuu.idempotency.IdempotencyStore;
import vn.ungcuu.incident.Incident;
import vn.ungcuu.incident.IncidentAccess;
import vn.ungcuu.incident.IncidentChanged;
import vn.ungcuu.incident.IncidentRepository;
import vn.ungcuu.security.CurrentUser;
import vn.ungcuu.security.Roles;

/**
 * Evidence attached to incidents. Whoever may read an incident may list and download its files; its
 * unit's reporter, its assigned responder and coordinators may attach. A state-secret incident refuses
 * files (such material never goes on a networked machine), and so do CLOSED and REJECTED ones. Each
 * attachment is one transaction: the bytes, their description and the ATTACH entry in the incident's
 * history commit together or not at all.
 */
@ApplicationScoped
public class AttachmentService {

    static final String ACTION = "ATTACH";
    static final String IDEMPOTENCY_OPERATION = "attach-evidence";

    @Inject
    IncidentRepository incidents;

    @Inject
    IncidentAccess access;

    @Inject
    AttachmentRepository attachments;

    @Inject
    EvidenceStore store;

    @Inject
    EvidenceConfig config;

    @Inject
    AuditLog audit;

    @Inject
    Event<IncidentChanged> changed;

    @Inject
    CurrentUser user;

    @Inject
    RequestIds requestIds;

    @Inject
    TimeSource time;

    @Inject
    IdempotencyStore idempotency;

    @Inject
    ObjectMapper json;

    /**
     * Stores the file. With an Idempotency-Key, a retry of the same file (same name, type and bytes) for the
     * same incident replays the first answer and stores nothing; the same key with another file is a 422.
     */
    @Transactional
    public CreatedAnswer attach(UUID incidentId, IncomingFile file, String idempotencyKey) {
        IdempotencyStore.checkKey(idempotencyKey);
        long limit = config.maxSize().asLongValue();
        if (file.size() > limit) {
            throw new ApiException(ProblemType.PAYLOAD_TOO_LARGE,
                    "The file has " + file.size() + " bytes; an attachment may have at most " + limit);
        }
        // a shared lock: attachments may arrive side by side, but not while the incident closes
        Incident incident = access.requireReadable(incidents.findById(incidentId, LockModeType.PESSIMISTIC_READ));
        requireMayAttach(incident);
        String filename = Filenames.clean(file.filename());
        String contentType = ContentTypes.clean(file.contentType());
        // a retry is answered as the first attempt was, even if the incident has closed since
        return idempotency.createOnce(user.id(), IDEMPOTENCY_OPERATION, idempotencyKey,
                () -> fingerprint(incident.id, filename, contentType, file),
                () -> store(incident, filename, contentType, file));
    }

    private CreatedAnswer store(Incident incident, String filename, String contentType, IncomingFile file) {
        requireOpen(incident);

        Attachment attachment = new Attachment();
        attachment.id = Ids.newId();
        attachment.incidentId = incident.id;
        attachment.filename = filename;
        attachment.contentType = contentType;
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

        Changes changes = new Changes()
                .field("attachment.id", null, attachment.id)
                .field("attachment.filename", null, attachment.filename)
                .field("attachment.contentType", null, attachment.contentType)
                .field("attachment.size", null, attachment.size)
                .field("attachment.sha256", null, attachment.sha256);
        audit.record(user.id(), Incident.AUDIT_TYPE, incident.id.toString(), ACTION, changes, now);
        attachments.flush();
        changed.fire(new IncidentChanged(incident.id, incident.reference, ACTION, changes.asList()));
        Log.infof("request %s: attachment %s (%d bytes, sha256 %s) on incident %s", requestIds.current(),
                attachment.id, attachment.size, attachment.sha256, incident.id);

        String location = "/api/v1/incidents/" + incident.id + "/attachments/" + attachment.id;
        return CreatedAnswer.created(location, write(AttachmentView.of(attachment)), null);
    }

    public Page<AttachmentView> list(UUID incidentId, PageRequest page) {
        access.requireReadable(incidents.findById(incidentId));
        return attachments.page(incidentId, page).map(AttachmentView::of);
    }

    /** The attachment's description, for a caller who may read its incident (404 otherwise). */
    public AttachmentView get(UUID incidentId, UUID attachmentId) {
        access.requireReadable(incidents.findById(incidentId));
        Attachment attachment = attachments.findIn(incidentId, attachmentId);
        if (attachment == null) {
            throw ApiException.notFound("Attachment");
        }
        return AttachmentView.of(attachment);
    }

    /** Reporter of the incident's unit, its assigned responder, coordinators: 403 for other readers. */
    private void requireMayAttach(Incident incident) {
        boolean coordinator = user.has(Roles.COORDINATOR);
        boolean reporterOfUnit = user.has(Roles.REPORTER) && user.belongsTo(incident.unitCode);
        boolean assignedResponder = access.isAssignedResponder(incident);
        if (!coordinator && !reporterOfUnit && !assignedResponder) {
            throw ApiException.forbidden("Your role may not attach files to this incident");
        }
    }

    /** State-secret material never goes on a networked machine; a CLOSED or REJECTED incident is done. */
    private static void requireOpen(Incident incident) {
        if (incident.stateSecret) {
            throw new ApiException(ProblemType.CONFLICT, "This incident involves state-secret information: "
                    + "its material never goes on a networked machine, so it takes no attachments");
        }
        if (incident.isFinished()) {
            throw new ApiException(ProblemType.CONFLICT, "A " + incident.status + " incident takes no attachments"
                    + incident.reopenHint(), List.of(),
                    Map.of("currentStatus", incident.status.name()));
        }
    }

    /** The request as the idempotency store compares it: where, what name and type, which bytes. */
    private static String fingerprint(UUID incidentId, String filename, String contentType, IncomingFile file) {
        MessageDigest sha256;
        try (InputStream content = file.content().open()) {
            sha256 = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
                sha256.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the upload", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return String.join("\n", incidentId.toString(), filename, contentType, Long.toString(file.size()),
                HexFormat.of().formatHex(sha256.digest()));
    }

    private String write(AttachmentView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("attachment view not serialisable", e);
        }
    }
}
