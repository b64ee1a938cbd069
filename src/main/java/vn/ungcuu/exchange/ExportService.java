package vn.ungcuu.exchange;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import vn.ungcuu.requestid.RequestIds;
import vn.ungcuu.clock.TimeSource;
import vn.ungcuu.incident.Incident;
import vn.ungcuu.incident.IncidentAccess;
import vn.ungcuu.incident.IncidentRepository;
import vn.ungcuu.unit.Unit;
import vn.ungcuu.unit.UnitRepository;

/**
 * Exports an incident for the provincial systems. Read-only: whoever may read the incident may export it,
 * and anyone else gets the same 404 as for an incident that does not exist.
 */
@ApplicationScoped
public class ExportService {

    @Inject
    IncidentRepository incidents;

    @Inject
    UnitRepository units;

    @Inject
    IncidentAccess access;

    @Inject
    TimeSource time;

    @Inject
    RequestIds requestIds;

    public StixBundle stix(UUID id) {
        Incident incident = readable(id);
        StixBundle bundle = StixExport.bundle(incident, unitOf(incident));
        log(incident, ExportFormat.STIX);
        return bundle;
    }

    public byte[] iodef(UUID id) {
        Incident incident = readable(id);
        byte[] document = IodefExport.document(incident, unitOf(incident), time.now());
        log(incident, ExportFormat.IODEF);
        return document;
    }

    private Incident readable(UUID id) {
        return access.requireReadable(incidents.findById(id));
    }

    /** The reporting unit; the foreign key guarantees it exists. */
    private Unit unitOf(Incident incident) {
        Unit unit = units.findById(incident.unitCode);
        if (unit == null) {
            throw new IllegalStateException("unit " + incident.unitCode + " of incident " + incident.id + " is missing");
        }
        return unit;
    }

    /** What left the system: exports carry TLP-marked data outside the service. */
    private void log(Incident incident, ExportFormat format) {
        Log.infof("request %s: incident %s exported as %s (tlp %s)", requestIds.current(), incident.id, format,
                incident.tlp);
    }
}
