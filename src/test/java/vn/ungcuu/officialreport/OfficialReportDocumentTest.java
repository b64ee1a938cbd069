package vn.ungcuu.officialreport;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ungcuu.document.DocumentFormat;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.AuditEntries;
import vn.ungcuu.support.DocumentPictures;
import vn.ungcuu.support.DocumentText;
import vn.ungcuu.support.DocumentUnits;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.MovableTimeSource;
import vn.ungcuu.support.OfficialReports;
import vn.ungcuu.support.Reporter;
import vn.ungcuu.support.Tokens;

/**
 * Issue 19: an official report as the administrative document the unit signs and sends (Decree 30/2020/NĐ-CP),
 * as DOCX and PDF, read back as text: every field with its diacritics, the heading, number and date exact, the font
 * embedded, nothing the report does not say, each download audited.
 */
@QuarkusTest
class OfficialReportDocumentTest {

    static final Instant DETECTED = Instant.parse("2026-07-02T01:00:00Z");

    @Inject
    DataSource db;

    @AfterEach
    void resetClock() {
        MovableTimeSource.reset();
    }

    private static String incidentOf(Reporter reporter, Instant detected, Map<String, Object> fields) {
        MovableTimeSource.setTo(detected.plusSeconds(2 * 3600));
        Map<String, Object> body = new HashMap<>(Map.of("detectedAt", detected.toString()));
        body.putAll(fields);
        return Fixtures.incidentFiledBy(reporter.token(), "Cổng thông tin xã bị dò mật khẩu quản trị", body);
    }

    private static Map<String, Object> report72h(String sentAt, String documentNumber) {
        Map<String, String> content = new LinkedHashMap<>();
        content.put("cause", "Mật khẩu quản trị yếu bị dò tìm từ địa chỉ nước ngoài");
        content.put("scope", "Cổng thông tin điện tử xã; không lộ dữ liệu cá nhân của người dân");
        content.put("measuresTaken", "Cô lập máy chủ, đổi mật khẩu, khôi phục từ bản sao lưu ngày 01/07");
        content.put("status", "Đã khôi phục hoạt động, tiếp tục giám sát");
        content.put("supportRequested", "Đề nghị Đội ứng cứu tỉnh rà soát mã độc trên máy chủ");
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "REPORT_72H");
        body.put("recipient", "PA05");
        body.put("sentAt", sentAt);
        body.put("channel", documentNumber == null ? "PHONE" : "DOCUMENT_SYSTEM");
        if (documentNumber != null) {
            body.put("documentNumber", documentNumber);
        }
        body.put("content", content);
        return body;
    }

    private static byte[] download(String token, String incident, String report, String format) {
        return Api.as(token).accept("*/*").queryParam("format", format)
                .get("/api/v1/incidents/" + incident + "/reports/" + report + "/document")
                .then().statusCode(200).extract().asByteArray();
    }

    @Test
    void theCoordinatorDownloadsThe72HourReportAsDocxAndPdfWithEveryFactInPlace() {
        Reporter reporter = Reporter.of(DocumentUnits.communeUnderProvince());
        String incident = incidentOf(reporter, DETECTED, Map.of());
        MovableTimeSource.setTo(Instant.parse("2026-07-03T03:00:00Z"));
        Map<String, Object> body = report72h("2026-07-03T10:00:00+07:00", "125/BC-UBND");
        String report = OfficialReports.record(reporter.token(), incident, body);
        var filed = Api.as(reporter.token()).get("/api/v1/incidents/" + incident).then().extract().jsonPath();
        String reference = filed.getString("reference");
        String coordinator = Tokens.coordinator();

        List<String> expected = new ArrayList<>(List.of(
                "UBND TỈNH THANH HÓA", "UBND XÃ MINH SƠN",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Số: 125/BC-UBND", "Minh Sơn, ngày 03 tháng 7 năm 2026",
                "BÁO CÁO", "Nguyên nhân, phạm vi ảnh hưởng và biện pháp khắc phục sự cố an ninh mạng " + reference,
                "Kính gửi:", "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao, Công an tỉnh",
                "Thực hiện quy định tại Điều 31.2.d Nghị định 331/2026/NĐ-CP, UBND xã Minh Sơn báo cáo",
                "Cổng thông tin xã bị dò mật khẩu quản trị", "08 giờ 00 phút, ngày 02/07/2026",
                "Nơi nhận:", "Như trên;", "Lưu: VT.",
                "PHÓ CHỦ TỊCH UBND XÃ", DocumentUnits.SIGNER_NAME,
                "sự cố " + reference, "chế độ vn-2026 phiên bản " + filed.getInt("regime.version"), "mẫu vn-2026.REPORT_72H phiên bản 1"));
        @SuppressWarnings("unchecked")
        Map<String, String> content = (Map<String, String>) body.get("content");
        expected.addAll(content.values());
        expected.addAll(List.of("Nguyên nhân:", "Phạm vi ảnh hưởng:", "Biện pháp đã thực hiện:"));

        for (String format : List.of("docx", "pdf")) {
            var answer = Api.as(coordinator).accept("*/*").queryParam("format", format)
                    .get("/api/v1/incidents/" + incident + "/reports/" + report + "/document").then().statusCode(200)
                    .contentType(format.equals("pdf") ? DocumentFormat.PDF_TYPE : DocumentFormat.DOCX_TYPE)
                    .header("Content-Disposition", equalTo("attachment; filename=\"" + reference + "-REPORT_72H."
                            + format + "\""))
                    .header("Cache-Control", containsString("no-store"))
                    .extract().asByteArray();
            String text = DocumentText.of(answer);
            DocumentText.assertContainsAll(text, expected);
            DocumentText.assertContainsNone(text, List.of("null", "{"));
            // the same input gives the same text
            assertEquals(text, DocumentText.of(download(coordinator, incident, report, format)), format);
            if (format.equals("pdf")) {
                DocumentPictures.firstPage(answer, "report-72h");
            } else {
                DocumentPictures.keep(answer, "report-72h.docx");
            }
        }
        assertEquals(4, AuditEntries.count(db, "INCIDENT", incident, "DOCUMENT_GENERATED"));
        assertEquals(2, AuditEntries.countWithChanges(db, "INCIDENT", incident, "DOCUMENT_GENERATED",
                "[{\"field\": \"document.format\", \"to\": \"PDF\"}, {\"field\": \"document.template\", "
                        + "\"to\": \"vn-2026.REPORT_72H\"}, {\"field\": \"document.source\", \"to\": "
                        + "\"official report " + report + "\"}]"));
    }

    @Test
    void thePdfEmbedsLiberationSerifAndIsA4() {
        Reporter reporter = Reporter.of(DocumentUnits.communeUnderProvince());
        String incident = incidentOf(reporter, DETECTED, Map.of());
        String report = OfficialReports.record(reporter.token(), incident,
                report72h("2026-07-02T02:00:00Z", "7/BC-UBND"));
        byte[] pdf = download(Tokens.coordinator(), incident, report, "pdf");
        Set<String> fonts = DocumentText.pdfFonts(pdf);
        assertTrue(fonts.contains("LiberationSerif (embedded)") || fonts.contains("LiberationSerif-Regular (embedded)"),
                fonts.toString());
        assertTrue(fonts.stream().allMatch(font -> font.startsWith("LiberationSerif") && font.endsWith("(embedded)")),
                fonts.toString());
        float[] size = DocumentText.pdfPageSize(pdf);
        assertEquals(595.28f, size[0], 1f);
        assertEquals(841.89f, size[1], 1f);
    }

    @Test
    void withoutARecordedNumberTheNumberIsABlankToFillIn() {
        Reporter reporter = Reporter.of(DocumentUnits.communeUnderProvince());
        String incident = incidentOf(reporter, DETECTED, Map.of());
        // a phone report has no number; sent on 5 February... of 2027, to see the month's leading zero
        MovableTimeSource.setTo(Instant.parse("2027-02-05T03:00:00Z"));
        String report = OfficialReports.record(reporter.token(), incident, report72h("2027-02-05T09:30:00+07:00",
                null));
        String text = DocumentText.of(download(Tokens.coordinator(), incident, report, "docx"));
        DocumentText.assertContainsAll(text, List.of("Số:", "/BC-UBND", "Minh Sơn, ngày 05 tháng 02 năm 2027"));
        assertFalse(DocumentText.squeeze(text).contains("Số:125"), text);
    }

    @Test
    void internalNotesCommentsAndTheDescriptionNeverAppear() {
        Reporter reporter = Reporter.of(DocumentUnits.communeUnderProvince());
        String incident = incidentOf(reporter, DETECTED, Map.of("description",
                "Mô tả chi tiết ZQX-MOTA của cán bộ xã"));
        String coordinator = Tokens.coordinator();
        Api.as(coordinator).body(Map.of("body", "Ghi chú nội bộ ZQX-NOIBO", "internal", true))
                .post("/api/v1/incidents/" + incident + "/comments").then().statusCode(201);
        Api.as(coordinator).body(Map.of("body", "Trao đổi ZQX-TRAODOI"))
                .post("/api/v1/incidents/" + incident + "/comments").then().statusCode(201);
        String report = OfficialReports.record(reporter.token(), incident,
                report72h("2026-07-02T02:00:00Z", "8/BC-UBND"));
        for (String format : List.of("docx", "pdf")) {
            String text = DocumentText.of(download(coordinator, incident, report, format));
            DocumentText.assertContainsNone(text, List.of("ZQX-NOIBO", "ZQX-TRAODOI", "ZQX-MOTA"));
            DocumentText.assertContainsAll(text, List.of("Mật khẩu quản trị yếu bị dò tìm"));
        }
    }

    @Test
    void aStateSecretIncidentsDocumentCarriesOnlyItsSummaryAndSaysSo() {
        Reporter reporter = Reporter.of(DocumentUnits.communeUnderProvince());
        String incident = incidentOf(reporter, DETECTED, Map.of("stateSecret", true,
                "description", "Nghi lộ tài liệu mật ZQX-MAT trên máy tính nối mạng"));
        Map<String, Object> body = report72h("2026-07-02T02:00:00Z", "9/BC-UBND");
        String report = OfficialReports.record(reporter.token(), incident, body);
        for (String format : List.of("docx", "pdf")) {
            String text = DocumentText.of(download(Tokens.coordinator(), incident, report, format));
            DocumentText.assertContainsAll(text, List.of(OfficialReportDocuments.STATE_SECRET_NOTE,
                    "Mật khẩu quản trị yếu bị dò tìm"));
            DocumentText.assertContainsNone(text, List.of("ZQX-MAT"));
        }
    }

    @Test
    void everyReportKindOfBothRegimesComesAsBothFormatsWithEveryField() {
        Reporter reporter = Reporter.of(DocumentUnits.communeUnderProvince());
        // detected 20 June 2026: vn-2017; 2 July 2026: vn-2026
        Map<String, Instant> regimes = Map.of("vn-2017", Instant.parse("2026-06-20T01:00:00Z"), "vn-2026", DETECTED);
        String coordinator = Tokens.coordinator();
        regimes.forEach((regime, detected) -> {
            String incident = incidentOf(reporter, detected, Map.of());
            List<String> kinds = Api.as(coordinator).get("/api/v1/regimes/" + regime).then().statusCode(200)
                    .extract().path("reportKinds.kind");
            for (String kind : kinds) {
                String recipient = kind.equals("PDP_SUBJECTS_NOTICE") ? "DATA-SUBJECTS" : "RESPONSE-TEAM";
                Map<String, Object> body = OfficialReports.body(incident, kind, recipient);
                Map<String, String> content = new LinkedHashMap<>();
                OfficialReports.contentFor(incident, kind).keySet()
                        .forEach(field -> content.put(field, "Nội dung “" + field + "” của báo cáo: đã xử lý"));
                body.put("content", content);
                String report = OfficialReports.record(coordinator, incident, body);
                for (String format : List.of("docx", "pdf")) {
                    byte[] file = download(coordinator, incident, report, format);
                    String text = DocumentText.of(file);
                    List<String> expected = new ArrayList<>(content.values());
                    expected.addAll(List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 125/BC-UBND",
                            "mẫu " + regime + "." + kind + " phiên bản 1", "chế độ " + regime));
                    expected.add(recipient.equals("DATA-SUBJECTS") ? OfficialReportDocuments.DATA_SUBJECTS_NAME
                            : "Đội ứng cứu sự cố an ninh mạng tỉnh");
                    DocumentText.assertContainsAll(text, expected);
                    DocumentText.assertContainsNone(text, List.of("null"));
                    if (format.equals("pdf")) {
                        DocumentPictures.firstPage(file, regime + "." + kind);
                    }
                }
            }
        });
    }

    @Test
    void whoMayReadTheIncidentMayHaveItsDocumentAndNoOneElse() {
        Reporter reporter = Reporter.of(DocumentUnits.communeUnderProvince());
        String incident = incidentOf(reporter, DETECTED, Map.of());
        String report = OfficialReports.record(reporter.token(), incident,
                report72h("2026-07-02T02:00:00Z", "10/BC-UBND"));
        String path = "/api/v1/incidents/" + incident + "/reports/" + report + "/document";
        Api.as(reporter.token()).accept("*/*").get(path).then().statusCode(200).contentType(DocumentFormat.PDF_TYPE);
        Api.as(Tokens.auditor()).accept(DocumentFormat.DOCX_TYPE).get(path).then().statusCode(200)
                .contentType(DocumentFormat.DOCX_TYPE);
        long audited = AuditEntries.count(db, "INCIDENT", incident, "DOCUMENT_GENERATED");

        Reporter other = Reporter.ofNewCommune();
        Api.as(other.token()).accept("*/*").get(path).then().statusCode(404).contentType(Api.PROBLEM_JSON);
        Api.anonymous().accept("*/*").get(path).then().statusCode(401);
        Api.as(Tokens.coordinator()).accept("*/*").queryParam("format", "odt").get(path).then().statusCode(400)
                .contentType(Api.PROBLEM_JSON).body("errors[0].field", equalTo("format"));
        Api.as(Tokens.coordinator()).accept("*/*").get("/api/v1/incidents/" + incident + "/reports/"
                + java.util.UUID.randomUUID() + "/document").then().statusCode(404).contentType(Api.PROBLEM_JSON);
        // refused requests generate nothing
        assertEquals(audited, AuditEntries.count(db, "INCIDENT", incident, "DOCUMENT_GENERATED"));
    }
}
