package vn.ungcuu.playbook;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class TaskRepository implements PanacheRepositoryBase<IncidentTask, UUID> {

    public boolean hasPlaybookTasks(UUID incidentId) {
        return count("incidentId = ?1 and playbookId is not null", incidentId) > 0;
    }

    public long countOpen(UUID incidentId) {
        return count("incidentId = ?1 and status = ?2", incidentId, TaskStatus.OPEN);
    }

    /** The highest position on the incident, 0 when it has no task yet. */
    public int lastPosition(UUID incidentId) {
        Integer last = getEntityManager()
                .createQuery("select max(t.position) from IncidentTask t where t.incidentId = ?1", Integer.class)
                .setParameter(1, incidentId).getSingleResult();
        return last == null ? 0 : last;
    }
}
