package vn.ungcuu.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import vn.ungcuu.preparedness.PreparednessSummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ungcuu.report.SummaryReport.CategoryHandling;
import vn.ungcuu.report.SummaryReport.DeadlineBreaches;
import vn.ungcuu.report.SummaryReport.ObligationTally;
import vn.ungcuu.report.SummaryReport.Durations;

/** The CSV form of the summary: RFC 4180 quoting, one row per figure, plain numbers. */
class ReportCsvTest {

    @Test
    void fieldsAreQuotedOnlyWhenTheyMustBe() {
        assertEquals("XA-MINHSON", ReportCsv.field("XA-MINHSON"));
        assertEquals("UBND xã Minh Sơn", ReportCsv.field("UBND xã Minh Sơn"));
        assertEquals("\"Minh Sơn, Ngọc Lặc\"", ReportCsv.field("Minh Sơn, Ngọc Lặc"));
        assertEquals("\"the \"\"portal\"\"\"", ReportCsv.field("the \"portal\""));
        assertEquals("\"two\nlines\"", ReportCsv.field("two\nlines"));
        assertEquals("\"carriage\rreturn\"", ReportCsv.field("carriage\rreturn"));
        assertEquals("", ReportCsv.field(null));
        assertEquals("", ReportCsv.field(""));
    }

    @Test
    void numbersAreWrittenPlainly() {
        assertEquals("10000000", ReportCsv.text(1.0E7));
        assertEquals("5400.5", ReportCsv.text(5400.5));
        assertEquals("0.001", ReportCsv.text(0.001));
        assertEquals("3600", ReportCsv.text(3600.0));
        assertEquals("42", ReportCsv.text(42L));
        assertEquals(null, ReportCsv.text(null));
    }

    @Test
    void everyFigureIsOneRowAndOddKeysStayOneField() {
        Map<String, Long> units = new LinkedHashMap<>();
        units.put("XA-1", 2L);
        units.put("odd, \"unit\"\ncode", 1L);
        Map<String, CategoryHandling> handling = new LinkedHashMap<>();
        handling.put("PHISHING", new CategoryHandling(3, 2, 1, 1));
        handling.put("OTHER", new CategoryHandling(0, 0, 0, 0));
        SummaryReport report = new SummaryReport(null, Instant.parse("2026-06-30T17:00:00Z"),
                Instant.parse("2026-07-01T17:00:00Z"), "Asia/Ho_Chi_Minh", Instant.parse("2026-07-02T01:02:03.456789Z"),
                3, Map.of("NEW", 3L), Map.of("UNASSESSED", 3L), Map.of("PHISHING", 3L), units, 1, 0,
                new Durations(2, 5400.5, 1.0E7), new Durations(0, null, null),
                new DeadlineBreaches(1, Map.of("NOTIFY", 1L)), handling,
                Map.of("NOTIFY", new ObligationTally(3, 1, 0, 1, 1, 0)),
                new PreparednessSummary(new PreparednessSummary.Drills(3, 2, 1),
                        new PreparednessSummary.Trainings(1, 24, 5, 2),
                        new PreparednessSummary.EquipmentChecks(2, 1, 0, 1)));

        String csv = ReportCsv.of(report);

        assertTrue(csv.endsWith("\r\n"));
        List<String> records = records(csv);
        assertEquals("section,key,value", records.get(0));
        // 8 summary + 1 status + 1 severity + 1 category + 2 units + 3 + 3 durations + 1 + 1 breaches + 2 x 4 handling
        // + 6 figures of one obligation kind + 3 + 4 + 4 preparedness figures
        assertEquals(1 + 8 + 1 + 1 + 1 + 2 + 3 + 3 + 1 + 1 + 8 + 6 + 3 + 4 + 4, records.size());
        assertTrue(records.contains("summary,period,"), "a null is an empty field");
        assertTrue(records.contains("summary,from,2026-06-30T17:00:00Z"));
        assertTrue(records.contains("summary,generatedAt,2026-07-02T01:02:03.456789Z"));
        assertTrue(records.contains("byUnit,\"odd, \"\"unit\"\"\ncode\",1"), String.join("|", records));
        assertTrue(records.contains("timeToTriage,medianSeconds,10000000"));
        assertTrue(records.contains("timeToResolve,meanSeconds,"));
        assertTrue(records.contains("deadlinesBreached.byKind,NOTIFY,1"));
        assertTrue(records.contains("handlingByCategory.PHISHING,withProvincialSupport,1"));
        assertTrue(records.contains("obligations.NOTIFY,breached,1"));
        assertTrue(records.contains("preparedness.drills,national,1"));
        assertTrue(records.contains("preparedness.trainings,certificatesLevel3To5,2"));
        assertTrue(records.contains("preparedness.equipmentChecks,failed,1"));
    }

    /** Splits on CRLF outside quotes, the way a CSV reader does. */
    static List<String> records(String csv) {
        List<String> records = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (!quoted && c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                records.add(current.toString());
                current.setLength(0);
                i++;
            } else {
                current.append(c);
            }
        }
        assertEquals("", current.toString(), "the last record ends with CRLF");
        return records;
    }
}
