package vn.ungcuu.exchange;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import vn.ungcuu.incident.Incident;
import vn.ungcuu.severity.Severity;
import vn.ungcuu.unit.Contact;
import vn.ungcuu.unit.Unit;

/**
 * Writes an incident as an RFC 7970 IODEF-Document (IODEF version 2). Plain Java, StAX from the JDK, so
 * text and attributes are escaped by the writer; elements follow the order of the RFC's schema.
 *
 * <p>The RSIT classification goes in {@code Assessment/IncidentCategory}, the element RFC 7970 provides
 * for a free-form category of the incident, written as a machine tag ({@code rsit:class="type"}) that
 * MISP and other CSIRT tools parse; the national category follows as a second IncidentCategory. The
 * enumerated attributes have no RSIT values, and an {@code ext-*} value would be meaningful to nobody.
 * The schema requires an impact in every Assessment: a SystemImpact, of unknown type, with the
 * incident's severity when it has been assessed.
 */
final class IodefExport {

    static final String NAMESPACE = "urn:ietf:params:xml:ns:iodef-2.0";
    static final String VERSION = "2.00";
    /** The creator's IncidentID namespace ({@code name} attribute). */
    static final String ID_NAME = "ungcuu";
    /** The district's UTC offset (Asia/Ho_Chi_Minh has no daylight saving time). */
    static final String TIMEZONE = "+07:00";

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private IodefExport() {
    }

    static byte[] document(Incident incident, Unit unit, Instant generatedAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.setDefaultNamespace(NAMESPACE);
            xml.writeStartElement(NAMESPACE, "IODEF-Document");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("version", VERSION);
            xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", "vi");
            incident(xml, incident, unit, generatedAt);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("IODEF document could not be written", e);
        }
        return out.toByteArray();
    }

    private static void incident(XMLStreamWriter xml, Incident incident, Unit unit, Instant generatedAt)
            throws XMLStreamException {
        TlpMarking tlp = TlpMarking.of(incident.tlp);
        xml.writeStartElement(NAMESPACE, "Incident");
        xml.writeAttribute("purpose", "reporting");
        status(xml, incident);
        xml.writeAttribute("restriction", tlp.iodefRestriction());

        xml.writeStartElement(NAMESPACE, "IncidentID");
        xml.writeAttribute("name", ID_NAME);
        xml.writeCharacters(text(incident.reference));
        xml.writeEndElement();
        element(xml, "DetectTime", incident.detectedAt.toString());
        element(xml, "ReportTime", incident.reportedAt.toString());
        element(xml, "GenerationTime", generatedAt.toString());
        element(xml, "Description", incident.title);
        element(xml, "Description", incident.description);

        xml.writeStartElement(NAMESPACE, "Assessment");
        xml.writeAttribute("occurrence", "actual");
        element(xml, "IncidentCategory", RsitClass.of(incident.category).machineTag());
        element(xml, "IncidentCategory", RsitClass.nationalTag(incident.category));
        xml.writeEmptyElement(NAMESPACE, "SystemImpact");
        if (incident.severity != null) {
            xml.writeAttribute("severity", severity(incident.severity));
        }
        xml.writeAttribute("type", "unknown");
        xml.writeEndElement();

        contact(xml, unit);

        // AMBER+STRICT has no restriction value of its own: the exact TLP 2.0 label travels here
        xml.writeStartElement(NAMESPACE, "AdditionalData");
        xml.writeAttribute("dtype", "string");
        xml.writeAttribute("meaning", "TLP 2.0 label");
        xml.writeCharacters(tlp.label());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** RFC 7970's incident-status-type; REJECTED has no value of its own. */
    private static void status(XMLStreamWriter xml, Incident incident) throws XMLStreamException {
        String status = switch (incident.status) {
            case NEW -> "new";
            case TRIAGED, IN_PROGRESS -> "in-progress";
            case ESCALATED -> "forwarded";
            case RESOLVED, CLOSED -> "resolved";
            case REJECTED -> "ext-value";
        };
        xml.writeAttribute("status", status);
        if ("ext-value".equals(status)) {
            xml.writeAttribute("ext-status", "rejected");
        }
    }

    /** The reporting unit as the creator, with its focal point's address and a nested contact for the person. */
    private static void contact(XMLStreamWriter xml, Unit unit) throws XMLStreamException {
        Contact focalPoint = unit.focalPoint;
        xml.writeStartElement(NAMESPACE, "Contact");
        xml.writeAttribute("role", "creator");
        xml.writeAttribute("type", "organization");
        element(xml, "ContactName", unit.name);
        if (focalPoint != null && present(focalPoint.email)) {
            xml.writeStartElement(NAMESPACE, "Email");
            element(xml, "EmailTo", focalPoint.email);
            xml.writeEndElement();
        }
        if (focalPoint != null && present(focalPoint.phone)) {
            xml.writeStartElement(NAMESPACE, "Telephone");
            element(xml, "TelephoneNumber", focalPoint.phone);
            xml.writeEndElement();
        }
        element(xml, "Timezone", TIMEZONE);
        if (focalPoint != null && present(focalPoint.name)) {
            xml.writeStartElement(NAMESPACE, "Contact");
            xml.writeAttribute("role", "tech");
            xml.writeAttribute("type", "person");
            element(xml, "ContactName", focalPoint.name);
            if (present(focalPoint.title)) {
                element(xml, "ContactTitle", focalPoint.title);
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** RFC 7970's severity-type has three levels: CRITICAL is high. */
    private static String severity(Severity severity) {
        return switch (severity) {
            case LOW -> "low";
            case MEDIUM -> "medium";
            case HIGH, CRITICAL -> "high";
        };
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, name);
        xml.writeCharacters(text(text));
        xml.writeEndElement();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /**
     * Text as XML 1.0 can carry it. The writer escapes markup but not characters XML forbids outright (C0
     * controls other than tab and line breaks, lone surrogates, U+FFFE/U+FFFF), which the JSON API accepts;
     * each becomes U+FFFD so that the document stays well-formed.
     */
    static String text(String value) {
        StringBuilder safe = null;
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            int width = Character.charCount(codePoint);
            boolean allowed = codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
                    || codePoint >= 0x20 && codePoint <= 0xD7FF
                    || codePoint >= 0xE000 && codePoint <= 0xFFFD
                    || codePoint >= 0x10000 && codePoint <= 0x10FFFF;
            if (!allowed && safe == null) {
                safe = new StringBuilder(value.length()).append(value, 0, i);
            }
            if (safe != null) {
                if (allowed) {
                    safe.appendCodePoint(codePoint);
                } else {
                    safe.append('\uFFFD');
                }
            }
            i += width;
        }
        return safe == null ? value : safe.toString();
    }
}
