package vn.ungcuu.incident;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class IncidentRepository implements PanacheRepositoryBase<Incident, UUID> {

    /**
     * The next reference number of a year. The counter row stays locked until the transaction ends, so
     * numbers are gap-free and unique however many creates run at once; call it as late as possible.
     */
    public int nextReferenceNumber(int year) {
        Number next = (Number) getEntityManager().createNativeQuery(
                        "INSERT INTO incident_reference_counter (year, last_value) VALUES (?1, 1)"
                                + " ON CONFLICT (year) DO UPDATE SET last_value = incident_reference_counter.last_value + 1"
                                + " RETURNING last_value")
                .setParameter(1, year)
                .getSingleResult();
        return next.intValue();
    }

    /**
     * The incidents rejected as duplicates of any of the given ones, oldest first. The ids go in as one
     * array parameter, not an HQL {@code in} list: Hibernate translates a query with a multi-valued
     * parameter again on every call, which was a third of a GET's CPU in the 1M-incident benchmark.
     */
    @SuppressWarnings("unchecked")
    public List<Incident> duplicatesOf(Collection<UUID> ids) {
        return getEntityManager().createNativeQuery(
                        "SELECT * FROM incident WHERE duplicate_of = ANY(?1) ORDER BY reported_at, id", Incident.class)
                .setParameter(1, ids.toArray(UUID[]::new))
                .getResultList();
    }
}
