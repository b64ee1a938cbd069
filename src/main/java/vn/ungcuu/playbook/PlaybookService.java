package vn.ungcuu.playbook;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.ungcuu.audit.AuditLog;
import vn.ungcuu.audit.Changes;
import vn.ungcuu.persistence.HqlFilters;
import vn.ungcuu.problem.ApiException;
import vn.ungcuu.paging.Cursor;
import vn.ungcuu.http.ETags;
import vn.ungcuu.persistence.Ids;
import vn.ungcuu.paging.Page;
import vn.ungcuu.paging.PageRequest;
import vn.ungcuu.problem.ProblemType;
import vn.ungcuu.clock.TimeSource;
import vn.ungcuu.incident.Category;
import vn.ungcuu.security.CurrentUser;

/**
 * Playbooks: everyone reads them; administrators and coordinators write them. Every change makes a new
 * version (the old ones stay readable, and tasks keep pointing at the one they came from) and is audited
 * in the same transaction. At most one playbook per category is active: making a second one active is a
 * 409, never a silent switch.
 */
@ApplicationScoped
public class PlaybookService {

    static final int MAX_STEPS = 50;

    @Inject
    PlaybookRepository playbooks;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    TimeSource time;

    public Page<PlaybookView> list(List<Category> categories, Boolean active, PageRequest page) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (!categories.isEmpty()) {
            query.append(" and ").append(HqlFilters.anyOf("category", "categories", categories, params::and));
        }
        if (active != null) {
            query.append(" and active = :active");
            params.and("active", active);
        }
        if (page.cursor() != null) {
            Cursor cursor = Cursor.decode(page.cursor(), "playbooks", 2);
            try {
                params.and("afterCategory", Category.valueOf(cursor.values().get(0)));
                params.and("afterId", UUID.fromString(cursor.values().get(1)));
            } catch (IllegalArgumentException e) {
                throw Cursor.invalid();
            }
            query.append(" and (category > :afterCategory or (category = :afterCategory and id > :afterId))");
        }
        List<Playbook> rows = playbooks.find(query + " order by category, id", params).page(0, page.fetchSize()).list();
        return Page.of(rows, page, (Playbook last) ->
                new Cursor("playbooks", List.of(last.category.name(), last.id.toString())).encode()).map(PlaybookView::of);
    }

    /** The playbook as it is now, or as it was in the given version. */
    public PlaybookView get(UUID id, Integer version) {
        Playbook playbook = find(id);
        if (version == null || version == playbook.version) {
            return PlaybookView.of(playbook);
        }
        PlaybookVersion past = playbooks.version(id, version)
                .orElseThrow(() -> ApiException.notFound("Version " + version + " of playbook " + id));
        return PlaybookView.of(past, playbook.createdAt);
    }

    @Transactional
    public PlaybookView create(PlaybookInput input) {
        Steps.require(input.steps());
        boolean active = input.active() == null || input.active();
        if (active) {
            requireNoOtherActive(input.category(), null);
        }
        Instant now = time.now();
        Playbook playbook = new Playbook();
        playbook.id = Ids.newId();
        playbook.category = input.category();
        playbook.name = input.name();
        playbook.steps = Steps.write(input.steps());
        playbook.active = active;
        playbook.version = 1;
        playbook.createdAt = now;
        playbook.createdBy = user.id();
        playbook.updatedAt = now;
        playbook.updatedBy = user.id();
        playbooks.persist(playbook);
        playbooks.getEntityManager().persist(PlaybookVersion.of(playbook));
        audit.record(user.id(), Playbook.AUDIT_TYPE, playbook.id.toString(), "CREATE", creation(playbook, input.steps()), now);
        playbooks.flush();
        return PlaybookView.of(playbook);
    }

    /**
     * Replaces name, steps and active. A change makes the next version; a PUT that changes nothing makes
     * none (PUT is idempotent) and answers the current one.
     */
    @Transactional
    public PlaybookView replace(UUID id, PlaybookInput input, String ifMatch) {
        Playbook playbook = playbooks.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (playbook == null) {
            throw ApiException.notFound("Playbook " + id);
        }
        ETags.requireMatch(ifMatch, playbook.version);
        if (input.category() != playbook.category) {
            throw ApiException.invalid("category", "a playbook's category never changes (it is "
                    + playbook.category + "); create a new playbook for another category");
        }
        Steps.require(input.steps());
        boolean active = input.active() == null || input.active();
        if (active && !playbook.active) {
            requireNoOtherActive(playbook.category, playbook.id);
        }
        String steps = Steps.write(input.steps());
        Changes changes = new Changes()
                .field("name", playbook.name, input.name())
                .field("steps", Steps.read(playbook.steps).toArray(), input.steps().toArray())
                .field("active", playbook.active, active);
        if (changes.isEmpty()) {
            return PlaybookView.of(playbook);
        }
        Instant now = time.now();
        changes.field("version", playbook.version, playbook.version + 1);
        playbook.name = input.name();
        playbook.steps = steps;
        playbook.active = active;
        playbook.version++;
        playbook.updatedAt = now;
        playbook.updatedBy = user.id();
        playbooks.getEntityManager().persist(PlaybookVersion.of(playbook));
        audit.record(user.id(), Playbook.AUDIT_TYPE, id.toString(), "UPDATE", changes, now);
        playbooks.flush();
        return PlaybookView.of(playbook);
    }

    /** The audit changes of a new playbook (also used for the defaults stored at first start). */
    static Changes creation(Playbook playbook, List<PlaybookStep> steps) {
        return new Changes()
                .created("category", playbook.category)
                .created("name", playbook.name)
                .created("steps", steps.toArray())
                .created("active", playbook.active)
                .created("version", playbook.version);
    }

    private Playbook find(UUID id) {
        Playbook playbook = playbooks.findById(id);
        if (playbook == null) {
            throw ApiException.notFound("Playbook " + id);
        }
        return playbook;
    }

    private void requireNoOtherActive(Category category, UUID self) {
        playbooks.lockCategory(category);
        Optional<Playbook> current = playbooks.activeFor(category);
        if (current.isPresent() && !current.get().id.equals(self)) {
            throw new ApiException(ProblemType.ALREADY_EXISTS, "Category " + category
                    + " already has an active playbook (" + current.get().id + "); save this one with "
                    + "\"active\": false, or deactivate that one first");
        }
    }
}
