package vn.ungcuu.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.Session;
import vn.ungcuu.severity.LegalClass;
import vn.ungcuu.severity.Severity;

/**
 * Reads incidents for the API's answers (a single incident, a list page, an export page) as detached
 * {@link Incident} objects: the page's scalar columns through an HQL projection (the filters stay in HQL, their
 * one home), then its affected systems, obligations and duplicates with one SQL statement each. Nothing is
 * managed by the persistence context: the 1M-incident benchmark found entity loading (snapshots, collection
 * wrappers, batch loads) to be ~40 % of a list's CPU, and a read needs none of it. Changes keep using managed
 * entities ({@link IncidentRepository}).
 */
@ApplicationScoped
class IncidentReader {

    /** The scalar attributes read, in the order {@link #detached(Object[])} takes them. */
    private static final List<String> ATTRIBUTES = List.of("id", "reference", "unitCode", "title", "description",
            "category", "status", "severity", "legalClass", "tlp", "detectedAt", "reportedAt", "updatedAt",
            "beyondCapacity", "stateSecret", "assignee", "regimeId", "regimeVersion", "reportedBy", "triagedAt",
            "resolvedAt", "closedAt", "resolution", "rejectionReason", "duplicateOf", "endReportSummary",
            "endReportRootCause", "endReportLessons", "personalData", "retainUntil", "version");
    private static final String SELECT = ATTRIBUTES.stream().map(name -> "i." + name)
            .collect(Collectors.joining(", ", "select ", " from Incident i where "));

    /** What a read fills in besides the incident's own columns. */
    enum Detail {
        /** Affected systems and obligations: everything the Incident JSON shows. */
        FULL,
        /** Affected systems only: what a CSV row shows. */
        SYSTEMS
    }

    @Inject
    IncidentRepository incidents;

    /** The incident with this id, or null. */
    Incident one(UUID id) {
        List<Incident> found = read("i.id = :id", Map.of("id", id), "", 1, Detail.FULL);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Up to {@code limit} incidents of the query after the keyset position (from the start when null). */
    List<Incident> page(IncidentQuery query, Instant afterTime, UUID afterId, int limit, Detail detail) {
        Map<String, Object> values = new HashMap<>(query.params());
        String condition = query.where();
        if (afterTime != null) {
            condition += " and " + query.sort().after();
            values.put("afterTime", afterTime);
            values.put("afterId", afterId);
        }
        return read(condition, values, query.sort().orderBy(), limit, detail);
    }

    /**
     * The incidents rejected as duplicates of any of these, oldest first, with the columns a read check needs
     * (id, unit, assignee, duplicateOf).
     */
    List<Incident> duplicatesOf(List<UUID> ids) {
        return work(connection -> {
            List<Incident> found = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT id, unit_code, assignee, duplicate_of"
                    + " FROM incident WHERE duplicate_of = ANY(?) ORDER BY reported_at, id")) {
                statement.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        Incident duplicate = new Incident();
                        duplicate.id = rows.getObject(1, UUID.class);
                        duplicate.unitCode = rows.getString(2);
                        duplicate.assignee = rows.getString(3);
                        duplicate.duplicateOf = rows.getObject(4, UUID.class);
                        found.add(duplicate);
                    }
                }
            }
            return found;
        });
    }

    private List<Incident> read(String condition, Map<String, Object> values, String orderBy, int limit,
            Detail detail) {
        TypedQuery<Object[]> query = incidents.getEntityManager()
                .createQuery(SELECT + condition + orderBy, Object[].class).setMaxResults(limit);
        values.forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, Incident> byId = new HashMap<>();
        List<Incident> page = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Incident incident = detached(row);
            byId.put(incident.id, incident);
            page.add(incident);
        }
        Object[] ids = byId.keySet().toArray();
        work(connection -> {
            readSystems(connection, ids, byId);
            if (detail == Detail.FULL) {
                readObligations(connection, ids, byId);
            }
            return null;
        });
        return page;
    }

    private static Incident detached(Object[] row) {
        Incident incident = new Incident();
        int column = 0;
        incident.id = (UUID) row[column++];
        incident.reference = (String) row[column++];
        incident.unitCode = (String) row[column++];
        incident.title = (String) row[column++];
        incident.description = (String) row[column++];
        incident.category = (Category) row[column++];
        incident.status = (IncidentStatus) row[column++];
        incident.severity = (Severity) row[column++];
        incident.legalClass = (LegalClass) row[column++];
        incident.tlp = (Tlp) row[column++];
        incident.detectedAt = (Instant) row[column++];
        incident.reportedAt = (Instant) row[column++];
        incident.updatedAt = (Instant) row[column++];
        incident.beyondCapacity = (Boolean) row[column++];
        incident.stateSecret = (Boolean) row[column++];
        incident.assignee = (String) row[column++];
        incident.regimeId = (String) row[column++];
        incident.regimeVersion = (Integer) row[column++];
        incident.reportedBy = (String) row[column++];
        incident.triagedAt = (Instant) row[column++];
        incident.resolvedAt = (Instant) row[column++];
        incident.closedAt = (Instant) row[column++];
        incident.resolution = (String) row[column++];
        incident.rejectionReason = (String) row[column++];
        incident.duplicateOf = (UUID) row[column++];
        incident.endReportSummary = (String) row[column++];
        incident.endReportRootCause = (String) row[column++];
        incident.endReportLessons = (String) row[column++];
        incident.personalData = (String) row[column++];
        incident.retainUntil = (LocalDate) row[column++];
        incident.version = (Long) row[column];
        incident.affectedSystemIds = new HashSet<>(2);
        incident.deadlines = new ArrayList<>(4);
        return incident;
    }

    private static void readSystems(Connection connection, Object[] ids, Map<UUID, Incident> byId)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT incident_id, system_id FROM incident_affected_system WHERE incident_id = ANY(?)")) {
            statement.setArray(1, connection.createArrayOf("uuid", ids));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    byId.get(rows.getObject(1, UUID.class)).affectedSystemIds.add(rows.getObject(2, UUID.class));
                }
            }
        }
    }

    private static void readObligations(Connection connection, Object[] ids, Map<UUID, Incident> byId)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT incident_id, kind, status, starts_at,"
                + " due_at, recipient, met_at, met_by, waived_at, waived_reason, breached_at, regime_id, regime_version"
                + " FROM incident_deadline WHERE incident_id = ANY(?)")) {
            statement.setArray(1, connection.createArrayOf("uuid", ids));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Deadline deadline = new Deadline();
                    deadline.kind = rows.getString(2);
                    deadline.status = ObligationStatus.valueOf(rows.getString(3));
                    deadline.startsAt = instant(rows.getObject(4, OffsetDateTime.class));
                    deadline.dueAt = instant(rows.getObject(5, OffsetDateTime.class));
                    deadline.recipient = rows.getString(6);
                    deadline.metAt = instant(rows.getObject(7, OffsetDateTime.class));
                    deadline.metBy = rows.getObject(8, UUID.class);
                    deadline.waivedAt = instant(rows.getObject(9, OffsetDateTime.class));
                    deadline.waivedReason = rows.getString(10);
                    deadline.breachedAt = instant(rows.getObject(11, OffsetDateTime.class));
                    deadline.regimeId = rows.getString(12);
                    deadline.regimeVersion = rows.getInt(13);
                    byId.get(rows.getObject(1, UUID.class)).deadlines.add(deadline);
                }
            }
        }
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private <T> T work(org.hibernate.jdbc.ReturningWork<T> work) {
        return incidents.getEntityManager().unwrap(Session.class).doReturningWork(work);
    }
}
