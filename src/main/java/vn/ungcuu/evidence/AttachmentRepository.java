package vn.ungcuu.evidence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.ungcuu.paging.Cursor;
import vn.ungcuu.paging.Page;
import vn.ungcuu.paging.PageRequest;

@ApplicationScoped
public class AttachmentRepository implements PanacheRepositoryBase<Attachment, UUID> {

    public Attachment findIn(UUID incidentId, UUID id) {
        return find("id = ?1 and incidentId = ?2", id, incidentId).firstResult();
    }

    /** One page of an incident's attachments, oldest first, keyset-paged on (uploadedAt, id). */
    public Page<Attachment> page(UUID incidentId, PageRequest page) {
        String scope = "attachments:" + incidentId;
        List<Attachment> rows;
        if (page.cursor() == null) {
            rows = find("incidentId = ?1 order by uploadedAt, id", incidentId).page(0, page.fetchSize()).list();
        } else {
            Cursor.Keyset after = Cursor.decodeKeyset(page.cursor(), scope);
            rows = find("incidentId = ?1 and (uploadedAt > ?2 or (uploadedAt = ?2 and id > ?3)) order by uploadedAt, id",
                    incidentId, after.time(), after.id()).page(0, page.fetchSize()).list();
        }
        return Page.of(rows, page, last -> Cursor.encodeKeyset(scope, last.uploadedAt, last.id));
    }
}
