package vn.ungcuu.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import vn.ungcuu.audit.Changes;
import vn.ungcuu.config.UngCuuConfig;
import vn.ungcuu.regime.Regime;

/**
 * Records what personal data an incident touched: affected data starts the regime's personal-data obligations
 * and keeps the incident's records for the regime's retention period, counted from when it was recorded
 * (never shortened by a later change).
 */
@ApplicationScoped
class PersonalDataRecord {

    @Inject
    Obligations obligations;

    @Inject
    UngCuuConfig config;

    void record(Incident incident, PersonalData data, Instant now, Changes changes) {
        PersonalData before = incident.personalData();
        if (Objects.equals(before, data)) {
            return;
        }
        changes.field("personalData", before, data);
        incident.personalData = data == null ? null : data.toJson();
        if (data == null || !Boolean.TRUE.equals(data.affected())) {
            return;
        }
        Regime.Retention retention = obligations.regimeOf(incident).personalDataRetention();
        if (retention != null) {
            LocalDate until = now.atZone(config.timeZone()).toLocalDate().plus(retention.keepFor());
            if (incident.retainUntil == null || until.isAfter(incident.retainUntil)) {
                changes.field("retainUntil", incident.retainUntil, until);
                incident.retainUntil = until;
            }
        }
        obligations.start(incident, Obligations.PERSONAL_DATA, null, incident.personalDataFacts(), now, changes);
    }
}
