package vn.ungcuu.report;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ungcuu.document.DocumentFormat;
import vn.ungcuu.security.Roles;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.AuditEntries;
import vn.ungcuu.support.DocumentPictures;
import vn.ungcuu.support.DocumentText;
import vn.ungcuu.support.DocumentUnits;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.MovableTimeSource;
import vn.ungcuu.support.Reporter;
import vn.ungcuu.support.Tokens;

/**
 * Issue 19: the half-year summary and the annual systems report as the documents a unit signs: the figures of the
 * JSON answer, read back from the DOCX and the PDF. Its incidents are filed in 2034, a year no other test files in.
 */
@QuarkusTest
class ReportDocumentTest {

    @Inject
    DataSource db;

    @AfterEach
    void resetClock() {
        MovableTimeSource.reset();
    }

    @Test
    void theHalfYearSummaryComesAsAPrintableDocumentWithTheFiguresOfTheJsonAnswer() {
        String commune = DocumentUnits.communeUnderProvince();
        Reporter reporter = Reporter.of(commune);
        MovableTimeSource.setTo(Instant.parse("2034-03-02T03:00:00Z"));
        Fixtures.incidentFiledBy(reporter.token(), "Thư giả mạo Kho bạc", Map.of("category", "PHISHING",
                "detectedAt", "2034-03-02T08:00:00+07:00"));
        Fixtures.incidentFiledBy(reporter.token(), "Máy tính một cửa nhiễm mã độc", Map.of("category", "MALWARE",
                "detectedAt", "2034-03-02T08:30:00+07:00"));
        MovableTimeSource.setTo(Instant.parse("2034-07-03T02:00:00Z"));
        String coordinator = Tokens.token("coordinator-summary-" + commune.toLowerCase(),
                List.of(Roles.COORDINATOR), commune);

        JsonPath summary = Api.as(coordinator).queryParam("period", "2034-H1").get("/api/v1/reports/summary")
                .then().statusCode(200).extract().jsonPath();
        List<String> expected = new ArrayList<>(List.of("UBND TỈNH THANH HÓA", "UBND XÃ MINH SƠN",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Minh Sơn, ngày 03 tháng 7 năm 2034", "BÁO CÁO",
                "Tình hình sự cố an toàn thông tin mạng 6 tháng đầu năm 2034",
                "Kính gửi: Ủy ban nhân dân tỉnh Thanh Hóa",
                "từ ngày 01/01/2034 đến ngày 30/06/2034",
                "Tổng số sự cố được tiếp nhận: " + summary.getLong("total"),
                "Lừa đảo qua thư, tin nhắn, trang web giả", "Mã độc, virus", "Chưa đánh giá", "Mới tiếp nhận",
                "UBND xã Minh Sơn", commune, "PHÓ CHỦ TỊCH UBND XÃ", DocumentUnits.SIGNER_NAME,
                "chế độ vn-2026 phiên bản " + Api.as(coordinator).get("/api/v1/regimes/vn-2026").then().statusCode(200)
                        .extract().path("version"), "mẫu vn-2026.SUMMARY phiên bản 1"));
        assertEquals(2, summary.getLong("byUnit." + commune));

        byte[] docx = Api.as(coordinator).accept(DocumentFormat.DOCX_TYPE).queryParam("period", "2034-H1")
                .get("/api/v1/reports/summary").then().statusCode(200).contentType(DocumentFormat.DOCX_TYPE)
                .header("Vary", containsString("Accept"))
                .header("Content-Disposition", equalTo("attachment; filename=\"summary-2034-H1.docx\""))
                .extract().asByteArray();
        String docxText = DocumentText.docx(docx);
        DocumentText.assertContainsAll(docxText, expected);
        // a table row reads across its cells: the category, its incidents, handled alone, with support, asked
        String phishing = "handlingByCategory.PHISHING.";
        DocumentText.assertContainsAll(docxText, List.of("Lừa đảo qua thư, tin nhắn, trang web giả\t"
                + summary.getLong(phishing + "incidents") + "\t" + summary.getLong(phishing + "handledByUnitAlone")
                + "\t" + summary.getLong(phishing + "withProvincialSupport") + "\t"
                + summary.getLong(phishing + "supportRequested"), "UBND xã Minh Sơn\t" + commune + "\t2"));

        byte[] pdf = Api.as(coordinator).accept("*/*").queryParam("format", "pdf").queryParam("period", "2034-H1")
                .get("/api/v1/reports/summary/export").then().statusCode(200).contentType(DocumentFormat.PDF_TYPE)
                .extract().asByteArray();
        String pdfText = DocumentText.pdf(pdf);
        DocumentText.assertContainsAll(pdfText, expected);
        DocumentText.assertContainsNone(pdfText, List.of("null", "{"));
        assertTrue(DocumentText.pdfFonts(pdf).stream().allMatch(font -> font.endsWith("(embedded)")));
        DocumentPictures.firstPage(pdf, "summary-half-year");

        assertEquals(2, AuditEntries.count(db, "REPORT", "summary/2034-H1", "DOCUMENT_GENERATED"));
        // JSON and CSV are as they were
        Api.as(coordinator).queryParam("period", "2034-H1").get("/api/v1/reports/summary").then().statusCode(200)
                .contentType("application/json");
    }

    @Test
    void aSummaryOfThe2017RegimeUsesForm05AndTheDistrictsAddressee() {
        String auditor = Tokens.auditor();
        byte[] docx = Api.as(auditor).accept("*/*").queryParam("format", "docx").queryParam("period", "2017-H2")
                .get("/api/v1/reports/summary/export").then().statusCode(200).extract().asByteArray();
        long total = Api.as(auditor).queryParam("period", "2017-H2").get("/api/v1/reports/summary").then()
                .extract().jsonPath().getLong("total");
        String text = DocumentText.docx(docx);
        DocumentText.assertContainsAll(text, List.of("6 tháng cuối năm 2017", "Phụ lục, Mẫu 05 Thông tư 20/2017/TT-BTTTT",
                "Kính gửi: Ủy ban nhân dân huyện Ngọc Lặc", "Tổng số sự cố được tiếp nhận: " + total,
                "chế độ vn-2017", "mẫu vn-2017.SUMMARY phiên bản 1"));
        // the auditor has no unit: the issuer, place and signer are blanks to fill in, never "null"
        DocumentText.assertContainsNone(text, List.of("null"));
        DocumentText.assertContainsAll(text, List.of("……………, ngày"));
    }

    @Test
    void theAnnualSystemsReportComesAsTheForm08Document() {
        String commune = DocumentUnits.communeUnderProvince();
        MovableTimeSource.setTo(Instant.parse("2034-12-16T02:00:00Z"));
        Fixtures.system(commune, 3);
        String coordinator = Tokens.token("coordinator-systems-" + commune.toLowerCase(), List.of(Roles.COORDINATOR),
                commune);
        JsonPath report = Api.as(coordinator).queryParam("year", "2034").get("/api/v1/reports/systems").then()
                .statusCode(200).extract().jsonPath();
        byte[] pdf = Api.as(coordinator).accept(DocumentFormat.PDF_TYPE).queryParam("year", "2034")
                .get("/api/v1/reports/systems").then().statusCode(200).contentType(DocumentFormat.PDF_TYPE)
                .extract().asByteArray();
        String text = DocumentText.pdf(pdf);
        DocumentText.assertContainsAll(text, List.of("Tình hình bảo đảm an ninh mạng đối với hệ thống thông tin năm 2034",
                "từ ngày 15/12/2033 đến ngày 14/12/2034", "Mẫu số 08 Nghị định 331/2026/NĐ-CP",
                "Tổng số hệ thống thông tin đã đăng ký: " + report.getLong("systems"), "Cấp độ 3",
                "Minh Sơn, ngày 16 tháng 12 năm 2034", "Bộ Công an"));
        DocumentPictures.firstPage(pdf, "systems-report");
        byte[] docx = Api.as(coordinator).accept("*/*").queryParam("format", "docx").queryParam("year", "2034")
                .get("/api/v1/reports/systems/export").then().statusCode(200).contentType(DocumentFormat.DOCX_TYPE)
                .extract().asByteArray();
        DocumentText.assertContainsAll(DocumentText.docx(docx), List.of("Cấp độ 3\t" + report.getLong("byLevel.3")));
        assertEquals(2, AuditEntries.count(db, "REPORT", "systems/2034", "DOCUMENT_GENERATED"));
    }

    @Test
    void theReportsDocumentsAreForTheReportsReadersOnly() {
        Reporter reporter = Reporter.ofNewCommune();
        Api.as(reporter.token()).accept("*/*").queryParam("format", "pdf").queryParam("period", "2034-H1")
                .get("/api/v1/reports/summary/export").then().statusCode(403).contentType(Api.PROBLEM_JSON);
        Api.as(reporter.token()).accept(DocumentFormat.PDF_TYPE).queryParam("year", "2034")
                .get("/api/v1/reports/systems").then().statusCode(403);
        Api.anonymous().accept("*/*").queryParam("format", "pdf").queryParam("period", "2034-H1")
                .get("/api/v1/reports/summary/export").then().statusCode(401);
        Api.as(Tokens.auditor()).accept("*/*").queryParam("format", "odt").queryParam("period", "2034-H1")
                .get("/api/v1/reports/summary/export").then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("errors[0].field", equalTo("format"));
    }
}
