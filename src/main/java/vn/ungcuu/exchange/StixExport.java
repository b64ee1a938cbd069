package vn.ungcuu.exchange;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ungcuu.incident.Incident;
import vn.ungcuu.unit.Contact;
import vn.ungcuu.unit.Unit;
import vn.ungcuu.unit.UnitType;

/**
 * Writes an incident as a STIX 2.1 bundle. Plain Java: the service hands it the entities it read.
 *
 * <p>Object ids are name-based (version 5) UUIDs in UngCuu's own namespace, so exporting the same incident
 * twice names the same objects and a consumer updates rather than duplicates them (the bundle id is new
 * each time). The incident's own id is not used directly: it is a version 7 UUID, which STIX's identifier
 * schema (versions 1-5) refuses.
 */
final class StixExport {

    static final String SPEC_VERSION = "2.1";

    /** UngCuu's namespace for name-based STIX ids; never change it, or every exported id changes. */
    static final UUID NAMESPACE = UUID.fromString("abd26493-ef35-42cb-9777-82e9de32bac3");

    /** STIX timestamps: UTC, "Z", at least millisecond precision (created and modified). */
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private StixExport() {
    }

    static StixBundle bundle(Incident incident, Unit unit) {
        StixBundle.Identity identity = identity(unit);
        TlpMarking tlp = TlpMarking.of(incident.tlp);
        RsitClass rsit = RsitClass.of(incident.category);
        StixBundle.Incident stixIncident = new StixBundle.Incident("incident", SPEC_VERSION,
                incidentId(incident), timestamp(incident.reportedAt), timestamp(incident.updatedAt), identity.id(),
                incident.title, incident.description,
                List.of(rsit.machineTag(), RsitClass.nationalTag(incident.category)),
                List.of(new StixBundle.ExternalReference("ungcuu", incident.reference)),
                List.of(tlp.stixId()));
        StixBundle.MarkingDefinition marking = new StixBundle.MarkingDefinition("marking-definition", SPEC_VERSION,
                tlp.stixId(), TlpMarking.TLP2_CREATED, tlp.label(), Map.of(TlpMarking.TLP2_EXTENSION_ID,
                        new StixBundle.TlpExtension("property-extension", tlp.tlp2Value())));
        return new StixBundle("bundle", "bundle--" + UUID.randomUUID(), List.of(identity, stixIncident, marking));
    }

    static String incidentId(Incident incident) {
        return "incident--" + nameBased(NAMESPACE, "incident:" + incident.id);
    }

    static String identityId(String unitCode) {
        return "identity--" + nameBased(NAMESPACE, "unit:" + unitCode);
    }

    private static StixBundle.Identity identity(Unit unit) {
        String sector = unit.type == UnitType.PROVINCIAL ? "government-regional" : "government-local";
        return new StixBundle.Identity("identity", SPEC_VERSION, identityId(unit.code), timestamp(unit.createdAt),
                timestamp(unit.updatedAt), unit.name, "organization", List.of(sector), contact(unit.focalPoint));
    }

    /** The focal point as one line ("name, title, phone, email"), or null when the unit has none. */
    private static String contact(Contact focalPoint) {
        if (focalPoint == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String part : new String[] {focalPoint.name, focalPoint.title, focalPoint.phone, focalPoint.email}) {
            if (part != null && !part.isBlank()) {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }

    /** A version 5 (SHA-1, name-based) UUID, as RFC 9562 section 5.5 defines it. */
    static UUID nameBased(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is a required JDK algorithm", e);
        }
        sha1.update(toBytes(namespace));
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        long msb = 0;
        long lsb = 0;
        for (int i = 0; i < 8; i++) {
            msb = (msb << 8) | (hash[i] & 0xff);
            lsb = (lsb << 8) | (hash[i + 8] & 0xff);
        }
        return new UUID(msb, lsb);
    }

    private static byte[] toBytes(UUID uuid) {
        byte[] bytes = new byte[16];
        long msb = uuid.getMostSignificantBits();
        long lsb = uuid.getLeastSignificantBits();
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (msb >>> (56 - 8 * i));
            bytes[i + 8] = (byte) (lsb >>> (56 - 8 * i));
        }
        return bytes;
    }
}
