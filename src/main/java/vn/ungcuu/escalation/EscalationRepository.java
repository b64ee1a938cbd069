package vn.ungcuu.escalation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class EscalationRepository implements PanacheRepositoryBase<Escalation, UUID> {

    public boolean existsFor(UUID incidentId) {
        return count("incidentId", incidentId) > 0;
    }

    /** The escalation still with the provincial team (PENDING or ACKNOWLEDGED), if any. */
    public java.util.Optional<Escalation> openFor(UUID incidentId) {
        return find("incidentId = ?1 and status in ?2 order by createdAt desc", incidentId,
                java.util.List.of(EscalationStatus.PENDING, EscalationStatus.ACKNOWLEDGED)).firstResultOptional();
    }
}
