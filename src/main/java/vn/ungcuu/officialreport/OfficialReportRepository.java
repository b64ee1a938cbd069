package vn.ungcuu.officialreport;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.ungcuu.paging.Cursor;
import vn.ungcuu.paging.Page;
import vn.ungcuu.paging.PageRequest;

@ApplicationScoped
public class OfficialReportRepository implements PanacheRepositoryBase<OfficialReport, UUID> {

    /** The report, if it is one of this incident's. */
    public OfficialReport findIn(UUID incidentId, UUID id) {
        return find("id = ?1 and incidentId = ?2", id, incidentId).firstResult();
    }

    /** One page of an incident's reports in the order they were sent, keyset-paged on (sentAt, id). */
    public Page<OfficialReport> page(UUID incidentId, PageRequest page) {
        String scope = "reports:" + incidentId;
        List<OfficialReport> rows;
        if (page.cursor() == null) {
            rows = find("incidentId = ?1 order by sentAt, id", incidentId).page(0, page.fetchSize()).list();
        } else {
            Cursor.Keyset after = Cursor.decodeKeyset(page.cursor(), scope);
            rows = find("incidentId = ?1 and (sentAt > ?2 or (sentAt = ?2 and id > ?3)) order by sentAt, id",
                    incidentId, after.time(), after.id()).page(0, page.fetchSize()).list();
        }
        return Page.of(rows, page, last -> Cursor.encodeKeyset(scope, last.sentAt, last.id));
    }
}
