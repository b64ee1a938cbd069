package vn.ungcuu.incident;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
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
}
