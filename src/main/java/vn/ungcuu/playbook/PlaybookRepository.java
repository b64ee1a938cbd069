package vn.ungcuu.playbook;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import vn.ungcuu.incident.Category;

@ApplicationScoped
public class PlaybookRepository implements PanacheRepositoryBase<Playbook, UUID> {

    /** The playbook in force for a category: the one triage turns into tasks. */
    public Optional<Playbook> activeFor(Category category) {
        return find("category = ?1 and active = true", category).firstResultOptional();
    }

    public Optional<PlaybookVersion> version(UUID id, int version) {
        return Optional.ofNullable(getEntityManager().find(PlaybookVersion.class, new PlaybookVersion.Key(id, version)));
    }

    /**
     * Serialises activations within a category until the transaction ends, so that the check "no other
     * active playbook" stays true until commit (the partial unique index is the backstop).
     */
    void lockCategory(Category category) {
        getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "playbook-active:" + category.name()).getSingleResult();
    }
}
