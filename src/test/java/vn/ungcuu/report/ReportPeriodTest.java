package vn.ungcuu.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ungcuu.problem.ApiException;
import vn.ungcuu.problem.FieldError;
import vn.ungcuu.problem.ProblemType;

/** Report periods are read in the district's time zone; every bad period names its parameter. */
class ReportPeriodTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    private static ReportPeriod period(String label) {
        return ReportPeriod.parse(label, null, null, HANOI);
    }

    private static ReportPeriod range(String from, String to) {
        return ReportPeriod.parse(null, from, to, HANOI);
    }

    @Test
    void halvesAndYearsStartAtMidnightInHanoi() {
        ReportPeriod h1 = period("2026-H1");
        assertEquals("2026-H1", h1.label());
        assertEquals(Instant.parse("2025-12-31T17:00:00Z"), h1.from());
        assertEquals(Instant.parse("2026-06-30T17:00:00Z"), h1.to());
        ReportPeriod h2 = period("2026-H2");
        assertEquals(Instant.parse("2026-06-30T17:00:00Z"), h2.from());
        assertEquals(Instant.parse("2026-12-31T17:00:00Z"), h2.to());
        ReportPeriod year = period(" 2026 ");
        assertEquals("2026", year.label());
        assertEquals(h1.from(), year.from());
        assertEquals(h2.to(), year.to());
        assertEquals(HANOI, year.zone());
    }

    @Test
    void theZoneIsTheConfiguredOne() {
        ReportPeriod utc = ReportPeriod.parse("2026", null, null, ZoneId.of("UTC"));
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), utc.from());
        assertEquals(Instant.parse("2027-01-01T00:00:00Z"), utc.to());
    }

    @Test
    void datesAreWholeLocalDaysBothIncluded() {
        ReportPeriod oneDay = range("2026-07-01", "2026-07-01");
        assertNull(oneDay.label());
        assertEquals(Instant.parse("2026-06-30T17:00:00Z"), oneDay.from());
        assertEquals(Instant.parse("2026-07-01T17:00:00Z"), oneDay.to());
        ReportPeriod quarter = range("2026-01-01", "2026-03-31");
        assertEquals(Instant.parse("2025-12-31T17:00:00Z"), quarter.from());
        assertEquals(Instant.parse("2026-03-31T17:00:00Z"), quarter.to());
        ReportPeriod leap = range("2028-02-29", "2028-02-29");
        assertEquals(Instant.parse("2028-02-28T17:00:00Z"), leap.from());
    }

    @Test
    void instantsAreExactBoundsWithAnyOffset() {
        ReportPeriod hour = range("2026-07-01T00:00:00+07:00", "2026-06-30T18:00:00Z");
        assertEquals(Instant.parse("2026-06-30T17:00:00Z"), hour.from());
        assertEquals(Instant.parse("2026-06-30T18:00:00Z"), hour.to());
        ReportPeriod fractions = range("2026-06-30t17:00:00.5z", "2026-06-30T17:00:00.750001Z");
        assertEquals(Instant.parse("2026-06-30T17:00:00.500Z"), fractions.from());
        assertEquals(Instant.parse("2026-06-30T17:00:00.750001Z"), fractions.to());
        ReportPeriod mixed = range("2026-01-01", "2026-01-01T12:00:00+07:00");
        assertEquals(Instant.parse("2025-12-31T17:00:00Z"), mixed.from());
        assertEquals(Instant.parse("2026-01-01T05:00:00Z"), mixed.to());
    }

    @Test
    void aMissingPeriodNamesPeriod() {
        assertInvalid(() -> period(null), "period");
        assertInvalid(() -> ReportPeriod.parse(" ", "", null, HANOI), "period");
    }

    @Test
    void malformedPeriodsNamePeriod() {
        for (String bad : List.of("2026-H3", "2026-h1", "26", "02026", "0999", "2026-Q1", "2026-01", "2026H1",
                "2026-H1-H2", "năm 2026")) {
            assertInvalid(() -> period(bad), "period");
        }
    }

    @Test
    void periodWithFromOrToIsContradictory() {
        assertInvalid(() -> ReportPeriod.parse("2026", "2026-01-01", null, HANOI), "from");
        assertInvalid(() -> ReportPeriod.parse("2026", null, "2026-03-31", HANOI), "to");
        ApiException both = assertThrows(ApiException.class,
                () -> ReportPeriod.parse("2026-H1", "2026-01-01", "2026-03-31", HANOI));
        assertEquals(List.of("from", "to"), both.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void fromAndToNeedEachOther() {
        assertInvalid(() -> range("2026-01-01", null), "to");
        assertInvalid(() -> range(null, "2026-01-01"), "from");
    }

    @Test
    void malformedBoundsNameTheirParameter() {
        for (String bad : List.of("2026-02-30", "2026-13-01", "2026-1-1", "01/07/2026", "2026-07-01T00:00:00",
                "2026-07-01T25:00:00Z", "2026-07-01 00:00:00Z", "2026-07-01T00:00Z", "yesterday",
                "2026-07-01T00:00:00+07")) {
            assertInvalid(() -> range(bad, "2026-12-31"), "from");
            assertInvalid(() -> range("2026-01-01", bad), "to");
        }
    }

    @Test
    void fromAfterToIsRefusedOnTo() {
        assertInvalid(() -> range("2026-07-02", "2026-07-01"), "to");
        assertInvalid(() -> range("2026-07-01T10:00:00Z", "2026-07-01T09:59:59Z"), "to");
        assertInvalid(() -> range("2026-07-01T10:00:00Z", "2026-07-01T17:00:00+07:00"), "to");
        // the local day 2026-07-02 starts at 2026-07-01T17:00Z: a 'from' after the end of 'to''s day
        assertInvalid(() -> range("2026-07-01T17:00:00Z", "2026-07-01"), "to");
    }

    private static void assertInvalid(org.junit.jupiter.api.function.Executable parse, String field) {
        ApiException problem = assertThrows(ApiException.class, parse);
        assertEquals(ProblemType.VALIDATION, problem.type());
        assertEquals(field, problem.errors().get(0).field(), problem.errors().toString());
    }
}
