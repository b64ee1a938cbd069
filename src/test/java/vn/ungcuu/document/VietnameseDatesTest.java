package vn.ungcuu.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Decree 30/2020, Appendix I, II.5: a day below 10 and a month below 3 take a leading zero. */
class VietnameseDatesTest {

    @Test
    void theDateLineOfDecree30() {
        assertEquals("Minh Sơn, ngày 06 tháng 12 năm 2026", VietnameseDates.placeAndDate("Minh Sơn",
                LocalDate.of(2026, 12, 6)));
        assertEquals("Thanh Hóa, ngày 05 tháng 02 năm 2027", VietnameseDates.placeAndDate("Thanh Hóa",
                LocalDate.of(2027, 2, 5)));
        assertEquals("Thanh Hóa, ngày 20 tháng 01 năm 2027", VietnameseDates.placeAndDate("Thanh Hóa",
                LocalDate.of(2027, 1, 20)));
        assertEquals("Minh Sơn, ngày 31 tháng 3 năm 2026", VietnameseDates.placeAndDate("Minh Sơn",
                LocalDate.of(2026, 3, 31)));
    }

    @Test
    void timesAreInTheDistrictsZone() {
        assertEquals("08 giờ 00 phút, ngày 02/07/2026", VietnameseDates.time(Instant.parse("2026-07-02T01:00:00Z"),
                ZoneId.of("Asia/Ho_Chi_Minh")));
        // 17:30 UTC on 30 June is already 1 July in Thanh Hóa
        assertEquals("00 giờ 30 phút, ngày 01/07/2026", VietnameseDates.time(Instant.parse("2026-06-30T17:30:00Z"),
                ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    @Test
    void durationsInWords() {
        assertEquals("không có số liệu", VietnameseDates.duration(null));
        assertEquals("dưới 1 phút", VietnameseDates.duration(20.0));
        assertEquals("45 phút", VietnameseDates.duration(2700.0));
        assertEquals("1 giờ 30 phút", VietnameseDates.duration(5400.5));
        assertEquals("2 giờ", VietnameseDates.duration(7200.0));
        assertEquals("3 ngày 4 giờ", VietnameseDates.duration((3 * 24 + 4) * 3600.0));
    }

    @Test
    void placeNamesComeFromTheUnitsName() {
        assertEquals("Minh Sơn", IssuingUnit.placeName("UBND xã Minh Sơn"));
        assertEquals("Thanh Hóa", IssuingUnit.placeName("Ủy ban nhân dân tỉnh Thanh Hóa"));
        assertEquals("Ngọc Lặc", IssuingUnit.placeName("Ủy ban nhân dân huyện Ngọc Lặc"));
        assertEquals("Bắc Sơn", IssuingUnit.placeName("Phường Bắc Sơn"));
        assertEquals("UBND", IssuingUnit.symbol("UBND xã Minh Sơn"));
        assertEquals(IssuingUnit.BLANK, IssuingUnit.symbol("Sở Khoa học và Công nghệ"));
    }
}
