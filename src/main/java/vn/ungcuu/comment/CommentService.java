package vn.ungcuu.comment;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.ungcuu.audit.AuditLog;
import vn.ungcuu.audit.Changes;
import vn.ungcuu.problem.ApiException;
import vn.ungcuu.paging.Cursor;
import vn.ungcuu.persistence.Ids;
import vn.ungcuu.paging.Page;
import vn.ungcuu.paging.PageRequest;
import vn.ungcuu.clock.TimeSource;
import vn.ungcuu.incident.Incident;
import vn.ungcuu.incident.IncidentAccess;
import vn.ungcuu.incident.IncidentRepository;
import vn.ungcuu.security.CurrentUser;

/**
 * Comments on incidents. Whoever may read an incident may comment on it; internal notes are written
 * and read only by staff ({@link CurrentUser#seesInternalNotes()}): reporters never see them, in the
 * list or in the history.
 */
@ApplicationScoped
public class CommentService {

    /** The audit action of an internal note: history shown to reporters leaves these out. */

    @Inject
    IncidentRepository incidents;

    @Inject
    IncidentAccess access;

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    TimeSource time;

    public Page<CommentView> list(UUID incidentId, PageRequest page) {
        access.requireReadable(incidents.findById(incidentId));
        StringBuilder query = new StringBuilder("from Comment c where c.incidentId = :incident");
        Parameters params = Parameters.with("incident", incidentId);
        if (!user.seesInternalNotes()) {
            query.append(" and c.internal = false");
        }
        if (page.cursor() != null) {
            Cursor.Keyset after = Cursor.decodeKeyset(page.cursor(), "comments:" + incidentId);
            params.and("afterTime", after.time()).and("afterId", after.id());
            query.append(" and (c.createdAt > :afterTime or (c.createdAt = :afterTime and c.id > :afterId))");
        }
        var typed = em.createQuery(query + " order by c.createdAt, c.id", Comment.class);
        params.map().forEach(typed::setParameter);
        List<Comment> rows = typed.setMaxResults(page.fetchSize()).getResultList();
        return Page.of(rows, page, (Comment last) ->
                Cursor.encodeKeyset("comments:" + incidentId, last.createdAt, last.id)).map(CommentView::of);
    }

    @Transactional
    public CommentView add(UUID incidentId, NewComment body) {
        Incident incident = access.requireReadable(incidents.findById(incidentId));
        boolean internal = Boolean.TRUE.equals(body.internal());
        if (internal && !user.seesInternalNotes()) {
            throw ApiException.forbidden("Reporters cannot write internal notes");
        }
        Instant now = time.now();
        Comment comment = new Comment();
        comment.id = Ids.newId();
        comment.incidentId = incident.id;
        comment.author = user.id();
        comment.authorName = user.displayName();
        comment.body = body.body();
        comment.internal = internal;
        comment.createdAt = now;
        em.persist(comment);
        audit.record(user.id(), Incident.AUDIT_TYPE, incident.id.toString(), internal ? Incident.INTERNAL_NOTE_ACTION : "COMMENT",
                new Changes().field("comment.id", null, comment.id).field("comment.body", null, comment.body), now);
        em.flush();
        return CommentView.of(comment);
    }
}
