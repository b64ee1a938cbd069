package vn.ungcuu.officialreport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.ungcuu.incident.SentReports;

/** Answers the incident package's question: which report of these kinds was sent first (corrections aside). */
@ApplicationScoped
class SentOfficialReports implements SentReports {

    @Inject
    EntityManager em;

    @Override
    public Optional<Sent> earliest(UUID incidentId, Collection<String> kinds) {
        List<Object[]> rows = em.createQuery("select r.id, r.sentAt from OfficialReport r where r.incidentId = :incident"
                        + " and r.kind in :kinds and r.supersedes is null order by r.sentAt, r.id", Object[].class)
                .setParameter("incident", incidentId).setParameter("kinds", kinds).setMaxResults(1).getResultList();
        return rows.stream().findFirst().map(row -> new Sent((UUID) row[0], (Instant) row[1]));
    }
}
