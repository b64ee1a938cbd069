package vn.ungcuu.exchange;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.Tokens;
import vn.ungcuu.support.Triage;

/** GET /incidents/{id}/export over HTTP: the STIX 2.1 bundle, the IODEF document, who may export, bad requests. */
@QuarkusTest
class ExportTest {

    private static final String STIX = "application/stix+json";
    private static final String XML = "application/xml";
    private static final String IODEF_NS = "urn:ietf:params:xml:ns:iodef-2.0";
    private static final String TLP2_EXTENSION = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";
    /** STIX 2.1 identifier: {@code <type>--<UUID>} (cti-stix2-json-schemas, common/identifier.json). */
    private static final Pattern STIX_ID = Pattern.compile(
            "^([a-z][a-z0-9-]+[a-z0-9])--[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
    /** STIX timestamp in UTC with at least millisecond precision, as created and modified require. */
    private static final Pattern STIX_TIME = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3,}Z$");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Text a careless exporter would break: Vietnamese, markup, quotes, an entity, a CDATA end. */
    private static final String TRICKY_TITLE = "Sự cố <b>\"đặc biệt\"</b> & 'trích dẫn' ]]> &amp;";
    private static final String TRICKY_DESCRIPTION = "Máy chủ một cửa điện tử bị mã hóa.\n"
            + "Ghi chú: <script>alert(\"x\")</script> & chuỗi ]]> và &lt; thô\tthụt lề";

    /** A commune as registered: its code and its name. */
    private record Commune(String code, String name) {
    }

    /** A commune whose name needs escaping, with a full focal point. */
    private static Commune communeWithFocalPoint() {
        String code = Fixtures.uniqueCode("XA");
        String name = "UBND xã Minh Sơn <Đội 3> & \"Tổ ứng cứu\" " + code;
        Api.as(Tokens.admin()).body(Map.of("code", code, "name", name, "type", "COMMUNE",
                        "focalPoint", Map.of("name", "Lê Văn Bình", "title", "Cán bộ văn hóa - thông tin",
                                "phone", "0912 345 678", "email", "binh.lv@minhson.gov.vn")))
                .post("/api/v1/units").then().statusCode(201);
        return new Commune(code, name);
    }

    private static String incident(String token, String tlp, String category, String title, String description) {
        return Fixtures.incidentFiledBy(token, title, Map.of("tlp", tlp, "category", category,
                "description", description));
    }

    private static JsonNode view(String id) throws Exception {
        return JSON.readTree(Api.as(Tokens.coordinator()).get("/api/v1/incidents/" + id).then().statusCode(200)
                .extract().asString());
    }

    private static ValidatableResponse export(String token, String id, String format, String accept) {
        return Api.as(token).accept(accept).queryParam("format", format)
                .get("/api/v1/incidents/" + id + "/export").then();
    }

    private static JsonNode stix(String token, String id) throws Exception {
        String body = export(token, id, "stix", STIX).statusCode(200)
                .header("Content-Type", startsWith("application/stix+json;version=2.1")).extract().asString();
        return JSON.readTree(body);
    }

    private static Document iodef(String token, String id) throws Exception {
        byte[] body = export(token, id, "iodef", XML).statusCode(200)
                .header("Content-Type", startsWith(XML)).extract().asByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    }

    private static Map<String, JsonNode> byType(JsonNode bundle) {
        Map<String, JsonNode> objects = new HashMap<>();
        bundle.get("objects").forEach(object -> objects.put(object.get("type").asText(), object));
        return objects;
    }

    @ParameterizedTest
    @CsvSource({
            "RED, marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1, red",
            "CLEAR, marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487, clear",
            "AMBER_STRICT, marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003, amber+strict"})
    void stixBundleIsWellFormedAndCarriesTheStandardTlpMarking(String tlp, String markingId, String tlp2)
            throws Exception {
        Commune unit = communeWithFocalPoint();
        String id = incident(Tokens.reporter(unit.code()), tlp, "RANSOMWARE", TRICKY_TITLE, TRICKY_DESCRIPTION);
        JsonNode view = view(id);
        JsonNode bundle = stix(Tokens.coordinator(), id);

        assertEquals("bundle", bundle.get("type").asText());
        assertTrue(bundle.get("id").asText().matches("^bundle--[0-9a-f-]{36}$"), bundle.get("id").asText());
        assertFalse(bundle.has("spec_version"), "a STIX 2.1 bundle has no spec_version");
        Set<String> ids = new HashSet<>();
        for (JsonNode object : bundle.get("objects")) {
            String type = object.get("type").asText();
            Matcher matcher = STIX_ID.matcher(object.get("id").asText());
            assertTrue(matcher.matches(), "malformed id " + object.get("id"));
            assertEquals(type, matcher.group(1), "the id names its object's type");
            assertEquals("2.1", object.get("spec_version").asText(), type);
            assertTrue(STIX_TIME.matcher(object.get("created").asText()).matches(), type + " created");
            if (!type.equals("marking-definition")) {
                String modified = object.get("modified").asText();
                assertTrue(STIX_TIME.matcher(modified).matches(), type + " modified");
                assertFalse(Instant.parse(modified).isBefore(Instant.parse(object.get("created").asText())));
            }
            assertTrue(ids.add(object.get("id").asText()), "duplicate id");
        }
        Map<String, JsonNode> objects = byType(bundle);
        assertEquals(Set.of("identity", "incident", "marking-definition"), objects.keySet());

        JsonNode identity = objects.get("identity");
        assertEquals("organization", identity.get("identity_class").asText());
        assertEquals(unit.name(), identity.get("name").asText());

        JsonNode stixIncident = objects.get("incident");
        assertEquals(identity.get("id").asText(), stixIncident.get("created_by_ref").asText());
        assertEquals(TRICKY_TITLE, stixIncident.get("name").asText());
        assertEquals(TRICKY_DESCRIPTION, stixIncident.get("description").asText());
        assertEquals(Instant.parse(view.get("reportedAt").asText()).truncatedTo(ChronoUnit.MILLIS),
                Instant.parse(stixIncident.get("created").asText()));
        assertEquals(Instant.parse(view.get("updatedAt").asText()).truncatedTo(ChronoUnit.MILLIS),
                Instant.parse(stixIncident.get("modified").asText()));
        JsonNode reference = stixIncident.get("external_references").get(0);
        assertEquals("ungcuu", reference.get("source_name").asText());
        assertEquals(view.get("reference").asText(), reference.get("external_id").asText());
        List<String> labels = new ArrayList<>();
        stixIncident.get("labels").forEach(label -> labels.add(label.asText()));
        assertEquals(List.of("rsit:information-content-security=\"unauthorised-information-modification\"",
                "ungcuu:category=\"RANSOMWARE\""), labels);
        assertEquals(1, stixIncident.get("object_marking_refs").size());
        assertEquals(markingId, stixIncident.get("object_marking_refs").get(0).asText());

        JsonNode marking = objects.get("marking-definition");
        assertEquals(markingId, marking.get("id").asText());
        assertEquals("2022-10-01T00:00:00.000Z", marking.get("created").asText());
        assertEquals("TLP:" + tlp2.toUpperCase(), marking.get("name").asText());
        JsonNode extension = marking.get("extensions").get(TLP2_EXTENSION);
        assertNotNull(extension, "the TLP 2.0 extension");
        assertEquals("property-extension", extension.get("extension_type").asText());
        assertEquals(tlp2, extension.get("tlp_2_0").asText());
    }

    @Test
    void reExportingNamesTheSameObjectsInANewBundle() throws Exception {
        Commune unit = communeWithFocalPoint();
        String reporter = Tokens.reporter(unit.code());
        String first = incident(reporter, "GREEN", "MALWARE", "Máy chủ nhiễm mã độc", "Phát hiện mã độc");
        String second = incident(reporter, "GREEN", "MALWARE", "Máy trạm nhiễm mã độc", "Phát hiện mã độc");

        JsonNode once = stix(reporter, first);
        JsonNode again = stix(reporter, first);
        JsonNode other = stix(reporter, second);
        assertNotEquals(once.get("id"), again.get("id"), "each export is a new bundle");
        assertEquals(byType(once).get("incident").get("id"), byType(again).get("incident").get("id"));
        assertNotEquals(byType(once).get("incident").get("id"), byType(other).get("incident").get("id"));
        assertEquals(byType(once).get("identity").get("id"), byType(other).get("identity").get("id"),
                "one unit, one identity");
        assertEquals(List.of("rsit:malicious-code=\"infected-system\"", "ungcuu:category=\"MALWARE\""),
                JSON.convertValue(byType(once).get("incident").get("labels"), List.class));
    }

    @Test
    void stixIsAlsoServedAsPlainJsonAndAcceptIsHonoured() {
        String id = Fixtures.incidentFiledBy(Tokens.reporter(Fixtures.commune()));
        String coordinator = Tokens.coordinator();
        export(coordinator, id, "stix", "application/json").statusCode(200)
                .header("Content-Type", startsWith("application/json")).body("type", equalTo("bundle"));
        export(coordinator, id, "stix", "*/*").statusCode(200)
                .header("Content-Type", startsWith("application/stix+json;version=2.1"));
        export(coordinator, id, "iodef", "*/*").statusCode(200).header("Content-Type", startsWith(XML));
        export(coordinator, id, "stix", XML).statusCode(406).contentType(Api.PROBLEM_JSON);
        export(coordinator, id, "iodef", "application/json").statusCode(406).contentType(Api.PROBLEM_JSON);
        export(coordinator, id, "iodef", "text/csv").statusCode(406).contentType(Api.PROBLEM_JSON);
    }

    @Test
    void theTypedOperationsAnswerWhatTheFormatParameterDoes() throws Exception {
        String id = Fixtures.incidentFiledBy(Tokens.reporter(Fixtures.commune()));
        String coordinator = Tokens.coordinator();
        String typed = Api.as(coordinator).accept(STIX).get("/api/v1/incidents/" + id + "/export/stix").then()
                .statusCode(200).header("Content-Type", startsWith("application/stix+json;version=2.1"))
                .extract().asString();
        assertEquals(stix(coordinator, id).get("objects"), JSON.readTree(typed).get("objects"));
        Api.as(coordinator).accept("application/json").get("/api/v1/incidents/" + id + "/export/stix").then()
                .statusCode(200).header("Content-Type", startsWith("application/json")).body("type", equalTo("bundle"));

        byte[] xml = Api.as(coordinator).accept(XML).get("/api/v1/incidents/" + id + "/export/iodef").then()
                .statusCode(200).header("Content-Type", startsWith(XML)).extract().asByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        assertEquals("IODEF-Document", document.getDocumentElement().getLocalName());
        assertEquals(child(incidentElement(iodef(coordinator, id)), "IncidentID").getTextContent(),
                child(incidentElement(document), "IncidentID").getTextContent());
        Api.as(coordinator).accept("application/json").get("/api/v1/incidents/" + id + "/export/iodef").then()
                .statusCode(406).contentType(Api.PROBLEM_JSON);
    }

    @ParameterizedTest
    @CsvSource({"CLEAR, white", "GREEN, green", "AMBER, amber", "AMBER_STRICT, amber", "RED, red"})
    void iodefDocumentFollowsRfc7970(String tlp, String restriction) throws Exception {
        Commune unit = communeWithFocalPoint();
        String id = incident(Tokens.reporter(unit.code()), tlp, "DEFACEMENT", TRICKY_TITLE, TRICKY_DESCRIPTION);
        JsonNode view = view(id);
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Document document = iodef(Tokens.auditor(), id);
        Instant after = Instant.now();

        Element root = document.getDocumentElement();
        assertEquals(IODEF_NS, root.getNamespaceURI());
        assertEquals("IODEF-Document", root.getLocalName());
        assertEquals("2.00", root.getAttribute("version"));
        assertEquals("vi", root.getAttributeNS(XMLConstants.XML_NS_URI, "lang"));
        List<Element> incidents = children(root);
        assertEquals(1, incidents.size());
        Element incident = incidents.get(0);
        assertEquals("Incident", incident.getLocalName());
        assertEquals("reporting", incident.getAttribute("purpose"));
        assertEquals(restriction, incident.getAttribute("restriction"));
        assertEquals("new", incident.getAttribute("status"));
        // the children in the order of the RFC 7970 schema's sequence
        assertEquals(List.of("IncidentID", "DetectTime", "ReportTime", "GenerationTime", "Description",
                "Description", "Assessment", "Contact", "AdditionalData"), names(children(incident)));

        Element incidentId = child(incident, "IncidentID");
        assertEquals("ungcuu", incidentId.getAttribute("name"));
        assertEquals(view.get("reference").asText(), incidentId.getTextContent());
        assertEquals(Instant.parse(view.get("detectedAt").asText()), instant(incident, "DetectTime"));
        assertEquals(Instant.parse(view.get("reportedAt").asText()), instant(incident, "ReportTime"));
        Instant generated = instant(incident, "GenerationTime");
        assertFalse(generated.isBefore(before) || generated.isAfter(after), "GenerationTime is now: " + generated);
        List<Element> descriptions = childrenNamed(incident, "Description");
        assertEquals(TRICKY_TITLE, descriptions.get(0).getTextContent());
        assertEquals(TRICKY_DESCRIPTION, descriptions.get(1).getTextContent());

        Element assessment = child(incident, "Assessment");
        assertEquals(List.of("rsit:information-content-security=\"unauthorised-information-modification\"",
                "ungcuu:category=\"DEFACEMENT\""), texts(childrenNamed(assessment, "IncidentCategory")));
        assertEquals("unknown", child(assessment, "SystemImpact").getAttribute("type"));
        assertFalse(child(assessment, "SystemImpact").hasAttribute("severity"), "not assessed yet");

        Element contact = child(incident, "Contact");
        assertEquals("creator", contact.getAttribute("role"));
        assertEquals("organization", contact.getAttribute("type"));
        assertEquals(unit.name(), child(contact, "ContactName").getTextContent());
        assertEquals("binh.lv@minhson.gov.vn", child(child(contact, "Email"), "EmailTo").getTextContent());
        assertEquals("0912 345 678", child(child(contact, "Telephone"), "TelephoneNumber").getTextContent());
        Element person = child(contact, "Contact");
        assertEquals("person", person.getAttribute("type"));
        assertEquals("Lê Văn Bình", child(person, "ContactName").getTextContent());

        assertEquals("TLP:" + tlp.replace('_', '+'), child(incident, "AdditionalData").getTextContent());
    }

    @Test
    void iodefFollowsTheLifecycleAndTheAssessment() throws Exception {
        String coordinator = Tokens.coordinator();
        Element escalated = incidentElement(iodef(coordinator, Triage.incidentIn("ESCALATED", coordinator)));
        assertEquals("forwarded", escalated.getAttribute("status"));
        assertTrue(child(child(escalated, "Assessment"), "SystemImpact").getAttribute("severity")
                .matches("low|medium|high"));
        Element rejected = incidentElement(iodef(coordinator, Triage.incidentIn("REJECTED", coordinator)));
        assertEquals("ext-value", rejected.getAttribute("status"));
        assertEquals("rejected", rejected.getAttribute("ext-status"));
    }

    @Test
    void charactersXmlCannotCarryDoNotBreakTheDocument() throws Exception {
        String reporter = Tokens.reporter(Fixtures.commune());
        String id = incident(reporter, "AMBER", "OTHER", "Chuông\u0007 báo", "Mô tả\u001b lạ");
        Element incident = incidentElement(iodef(reporter, id));
        assertEquals("Chuông\uFFFD báo", childrenNamed(incident, "Description").get(0).getTextContent());
        assertEquals("Mô tả\uFFFD lạ", childrenNamed(incident, "Description").get(1).getTextContent());
        assertEquals("Chuông\u0007 báo", byType(stix(reporter, id)).get("incident").get("name").asText(),
                "JSON escapes it");
    }

    @Test
    void whoeverMayReadTheIncidentMayExportItAndNobodyElse() {
        String unit = Fixtures.commune();
        String reporter = Tokens.reporter(unit);
        String id = Fixtures.incidentFiledBy(reporter);
        for (String token : List.of(reporter, Tokens.coordinator(), Tokens.auditor(), Tokens.admin())) {
            export(token, id, "stix", STIX).statusCode(200);
            export(token, id, "iodef", XML).statusCode(200);
        }
        String missingDetail = export(reporter, "01a228bd-f3a5-73fd-b755-867182059c55", "stix", STIX)
                .statusCode(404).extract().path("detail");
        for (String stranger : List.of(Tokens.reporter(Fixtures.commune()), Tokens.provincial(),
                Tokens.responder("responder-" + unit.toLowerCase()))) {
            for (String format : List.of("stix", "iodef")) {
                export(stranger, id, format, "*/*").statusCode(404).contentType(Api.PROBLEM_JSON)
                        .body("detail", equalTo(missingDetail));
            }
        }
        String coordinator = Tokens.coordinator();
        String escalated = Triage.incidentIn("ESCALATED", coordinator);
        export(Tokens.provincial(), escalated, "stix", STIX).statusCode(200);
        Api.anonymous().queryParam("format", "stix").get("/api/v1/incidents/" + id + "/export").then()
                .statusCode(401).contentType(Api.PROBLEM_JSON);
    }

    @Test
    void aMissingOrUnknownFormatIs400NamingIt() {
        String id = Fixtures.incidentFiledBy(Tokens.reporter(Fixtures.commune()));
        String coordinator = Tokens.coordinator();
        Api.as(coordinator).accept("*/*").get("/api/v1/incidents/" + id + "/export").then().statusCode(400)
                .contentType(Api.PROBLEM_JSON).body("type", equalTo("urn:ungcuu:problem:validation"))
                .body("errors[0].field", equalTo("format"));
        for (String format : List.of("pdf", "", "stix2", "json")) {
            export(coordinator, id, format, "*/*").statusCode(400).contentType(Api.PROBLEM_JSON)
                    .body("errors[0].field", equalTo("format"));
        }
        export(coordinator, id, "IODEF", XML).statusCode(200);
        export(coordinator, "not-a-uuid", "stix", STIX).statusCode(404).contentType(Api.PROBLEM_JSON);
    }

    private static Element incidentElement(Document document) {
        return child(document.getDocumentElement(), "Incident");
    }

    private static Instant instant(Element parent, String name) {
        return Instant.parse(child(parent, name).getTextContent());
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                assertEquals(IODEF_NS, element.getNamespaceURI(), element.getTagName());
                elements.add(element);
            }
        }
        return elements;
    }

    private static List<Element> childrenNamed(Element parent, String name) {
        return children(parent).stream().filter(element -> element.getLocalName().equals(name)).toList();
    }

    private static Element child(Element parent, String name) {
        List<Element> found = childrenNamed(parent, name);
        assertFalse(found.isEmpty(), "no " + name + " in " + parent.getLocalName());
        return found.get(0);
    }

    private static List<String> names(List<Element> elements) {
        return elements.stream().map(Element::getLocalName).toList();
    }

    private static List<String> texts(List<Element> elements) {
        return elements.stream().map(Element::getTextContent).toList();
    }
}
