package vn.ungcuu.preparedness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The preparedness section of the summary report, counted in one statement. */
@ApplicationScoped
public class PreparednessCounts {

    static final String SQL = """
            SELECT count(*) FILTER (WHERE kind = 'DRILL'),
                   count(*) FILTER (WHERE kind = 'DRILL' AND drill_scope = 'OWN'),
                   count(*) FILTER (WHERE kind = 'DRILL' AND drill_scope = 'NATIONAL'),
                   count(*) FILTER (WHERE kind = 'TRAINING'),
                   coalesce(sum(participants) FILTER (WHERE kind = 'TRAINING'), 0),
                   coalesce(sum(jsonb_array_length(certificates)), 0),
                   coalesce(sum((SELECT count(*) FROM jsonb_array_elements(certificates) c
                                 WHERE (c ->> 'systemLevel')::int >= :requiredLevel)), 0),
                   count(*) FILTER (WHERE kind = 'EQUIPMENT_CHECK'),
                   count(*) FILTER (WHERE kind = 'EQUIPMENT_CHECK' AND result = 'PASSED'),
                   count(*) FILTER (WHERE kind = 'EQUIPMENT_CHECK' AND result = 'PASSED_WITH_REMARKS'),
                   count(*) FILTER (WHERE kind = 'EQUIPMENT_CHECK' AND result = 'FAILED')
            FROM preparedness_record
            WHERE held_on >= :first AND held_on < :end
            """;

    @Inject
    EntityManager em;

    /** The records whose day starts in [from, to), in the given zone. */
    public PreparednessSummary between(Instant from, Instant to, ZoneId zone) {
        Object[] row = (Object[]) em.createNativeQuery(SQL)
                .setParameter("first", firstDayStartingAtOrAfter(from, zone))
                .setParameter("end", firstDayStartingAtOrAfter(to, zone))
                .setParameter("requiredLevel", CertificateView.REQUIRED_FROM_LEVEL)
                .getSingleResult();
        return new PreparednessSummary(
                new PreparednessSummary.Drills(count(row[0]), count(row[1]), count(row[2])),
                new PreparednessSummary.Trainings(count(row[3]), count(row[4]), count(row[5]), count(row[6])),
                new PreparednessSummary.EquipmentChecks(count(row[7]), count(row[8]), count(row[9]), count(row[10])));
    }

    /** The first day whose start (midnight in the zone) is at or after the instant. */
    static LocalDate firstDayStartingAtOrAfter(Instant instant, ZoneId zone) {
        LocalDate day = instant.atZone(zone).toLocalDate();
        return day.atStartOfDay(zone).toInstant().isBefore(instant) ? day.plusDays(1) : day;
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
