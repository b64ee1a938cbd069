package vn.ungcuu.escalation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class EscalationRepository implements PanacheRepositoryBase<Escalation, UUID> {
}
