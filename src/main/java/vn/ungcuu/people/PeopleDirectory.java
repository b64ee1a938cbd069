package vn.ungcuu.people;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.ungcuu.audit.AuditLog;
import vn.ungcuu.audit.Changes;
import vn.ungcuu.clock.TimeSource;
import vn.ungcuu.paging.Cursor;
import vn.ungcuu.paging.Page;
import vn.ungcuu.paging.PageRequest;

/**
 * Records callers as their tokens name them, lists them, and keeps each one's choice of e-mail: what the
 * notifications read to find a person's address and whether they want it.
 */
@ApplicationScoped
public class PeopleDirectory {

    public static final String AUDIT_TYPE = "PERSON";
    /** Beyond this many remembered callers the memory starts over: a few extra reads, never a wrong write. */
    static final int REMEMBERED = 10_000;
    private static final String COLUMNS = "id, name, email, unit_code, roles, first_seen_at, updated_at";

    /** The key of the contacts a transaction read (see {@link #contact}). */
    private static final String CONTACTS_READ = PeopleDirectory.class.getName() + ".contactsRead";

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    AuditLog audit;

    @Inject
    TimeSource time;

    /** What this instance last wrote or read for each caller: a request whose claims match it writes nothing. */
    private final Map<String, Claims> remembered = new ConcurrentHashMap<>();

    /** The caller's claims, written when new or changed, in a transaction of their own. */
    void note(Claims claims) {
        if (claims.equals(remembered.get(claims.id()))) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> write(claims));
        if (remembered.size() >= REMEMBERED) {
            remembered.clear();
        }
        remembered.put(claims.id(), claims);
    }

    private void write(Claims claims) {
        forgetContacts();
        PersonView before = lockedFind(claims.id());
        if (claims.sameAs(before)) {
            return;
        }
        Instant now = time.now();
        if (before == null) {
            int inserted = em.createNativeQuery("insert into person (" + COLUMNS + ") values (:id, :name, :email, :unit, "
                            + "cast(:roles as text[]), :now, :now) on conflict (id) do nothing")
                    .setParameter("id", claims.id()).setParameter("name", claims.name())
                    .setParameter("email", claims.email()).setParameter("unit", claims.unitCode())
                    .setParameter("roles", arrayLiteral(claims.roles())).setParameter("now", Timestamp.from(now))
                    .executeUpdate();
            if (inserted == 1) {
                audit.record(AuditLog.SYSTEM_ACTOR, AUDIT_TYPE, claims.id(), "CREATE", new Changes()
                        .created("name", claims.name()).created("email", claims.email())
                        .created("unitCode", claims.unitCode()).created("roles", claims.roles()));
            }
            return;
        }
        em.createNativeQuery("update person set name = :name, email = :email, unit_code = :unit, "
                        + "roles = cast(:roles as text[]), updated_at = :now where id = :id")
                .setParameter("id", claims.id()).setParameter("name", claims.name())
                .setParameter("email", claims.email()).setParameter("unit", claims.unitCode())
                .setParameter("roles", arrayLiteral(claims.roles())).setParameter("now", Timestamp.from(now))
                .executeUpdate();
        audit.record(AuditLog.SYSTEM_ACTOR, AUDIT_TYPE, claims.id(), "UPDATE", new Changes()
                .field("name", before.name(), claims.name()).field("email", before.email(), claims.email())
                .field("unitCode", before.unitCode(), claims.unitCode()).field("roles", before.roles(), claims.roles()));
    }

    /**
     * A person's address, roles and choice of e-mail, as last noted; empty when they never called. Read once per
     * transaction: filing an incident asked for its author up to four times (each notice checks who made the change)
     * while holding the year's reference counter.
     */
    public Optional<MailContact> contact(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Map<String, Optional<MailContact>> read = contactsOfTransaction();
        if (read == null) {
            return readContact(id);
        }
        return read.computeIfAbsent(id, this::readContact);
    }

    /** The contacts read in the current transaction; null outside one. */
    @SuppressWarnings("unchecked")
    private Map<String, Optional<MailContact>> contactsOfTransaction() {
        if (transactions.getTransactionKey() == null) {
            return null;
        }
        Object read = transactions.getResource(CONTACTS_READ);
        if (read == null) {
            read = new HashMap<String, Optional<MailContact>>();
            transactions.putResource(CONTACTS_READ, read);
        }
        return (Map<String, Optional<MailContact>>) read;
    }

    private void forgetContacts() {
        if (transactions.getTransactionKey() != null) {
            transactions.putResource(CONTACTS_READ, null);
        }
    }

    private Optional<MailContact> readContact(String id) {
        List<?> rows = em.createNativeQuery("select id, name, email, roles, email_notifications from person"
                + " where id = :id", Object[].class).setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new MailContact((String) row[0], (String) row[1], (String) row[2], roles(row[3]),
                Boolean.TRUE.equals(row[4])));
    }

    /**
     * Of these addresses, those of people who turned e-mail off (compared without case): a unit's focal point is a
     * person too when the directory knows their address.
     */
    public Set<String> optedOut(Collection<String> addresses) {
        if (addresses.isEmpty()) {
            return Set.of();
        }
        List<String> lower = addresses.stream().map(address -> address.toLowerCase(Locale.ROOT)).distinct().toList();
        Set<String> out = new HashSet<>();
        for (Object address : em.createNativeQuery("select lower(email) from person where lower(email) in (:addresses)"
                + " and not email_notifications").setParameter("addresses", lower).getResultList()) {
            out.add((String) address);
        }
        return out;
    }

    /** The caller's choice of e-mail (on until they turn it off). */
    public NotificationSettings settings(String id) {
        return new NotificationSettings(contact(id).map(MailContact::wantsEmail).orElse(true));
    }

    /**
     * Sets the caller's choice of e-mail, noting the caller first when the directory does not know them yet (in
     * this transaction: the choice needs their row); a change is audited on the person, by the person.
     */
    @Transactional
    NotificationSettings choose(Claims claims, boolean email) {
        write(claims);
        List<?> before = em.createNativeQuery("select email_notifications from person where id = :id for update")
                .setParameter("id", claims.id()).getResultList();
        boolean was = before.isEmpty() || Boolean.TRUE.equals(before.get(0));
        if (was != email) {
            forgetContacts();
            em.createNativeQuery("update person set email_notifications = :email where id = :id")
                    .setParameter("email", email).setParameter("id", claims.id()).executeUpdate();
            audit.record(claims.id(), AUDIT_TYPE, claims.id(), "NOTIFICATIONS_CHANGED",
                    new Changes().field("emailNotifications", was, email));
        }
        return new NotificationSettings(email);
    }

    /** One page of people, by name, optionally holding a role, of a unit, among given ids, or whose name or id contains the text. */
    public Page<PersonView> list(String role, String unitCode, List<String> ids, String nameContains, PageRequest page) {
        // the sort key comes from the database (its lower() and collation), so that a cursor matches its ordering
        StringBuilder sql = new StringBuilder("select " + COLUMNS + ", lower(name) from person where true");
        Map<String, Object> params = new java.util.HashMap<>();
        if (role != null) {
            sql.append(" and roles @> array[cast(:role as text)]");
            params.put("role", role);
        }
        if (unitCode != null) {
            sql.append(" and unit_code = :unit");
            params.put("unit", unitCode);
        }
        if (!ids.isEmpty()) {
            sql.append(" and id in (:ids)");
            params.put("ids", ids);
        }
        if (nameContains != null) {
            sql.append(" and (strpos(lower(name), lower(:text)) > 0 or strpos(lower(id), lower(:text)) > 0)");
            params.put("text", nameContains);
        }
        if (page.cursor() != null) {
            List<String> after = Cursor.decode(page.cursor(), "people", 2).values();
            sql.append(" and (lower(name), id) > (:afterName, :afterId)");
            params.put("afterName", after.get(0));
            params.put("afterId", after.get(1));
        }
        sql.append(" order by lower(name), id limit ").append(page.fetchSize());
        var query = em.createNativeQuery(sql.toString(), Object[].class);
        params.forEach(query::setParameter);
        List<Object[]> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            rows.add((Object[]) row);
        }
        return Page.of(rows, page, (Object[] last) -> new Cursor("people", List.of((String) last[7], (String) last[0]))
                .encode()).map(PeopleDirectory::view);
    }

    private PersonView lockedFind(String id) {
        List<?> rows = em.createNativeQuery("select " + COLUMNS + " from person where id = :id for update",
                Object[].class).setParameter("id", id).getResultList();
        return rows.isEmpty() ? null : view((Object[]) rows.get(0));
    }

    private static PersonView view(Object[] row) {
        return new PersonView((String) row[0], (String) row[1], (String) row[2], (String) row[3], roles(row[4]),
                instant(row[5]), instant(row[6]));
    }

    private static List<String> roles(Object roles) {
        return List.copyOf(roles instanceof String[] array ? Arrays.asList(array)
                : roles instanceof java.sql.Array array ? readArray(array) : List.of());
    }

    private static List<String> readArray(java.sql.Array array) {
        try {
            return Arrays.asList((String[]) array.getArray());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant()
                : value instanceof java.time.OffsetDateTime offset ? offset.toInstant() : (Instant) value;
    }

    /** PostgreSQL's text[] literal; role names are plain words, quoted anyway. */
    private static String arrayLiteral(List<String> values) {
        return values.stream().map(value -> '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
                .collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }
}
