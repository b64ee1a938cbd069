package vn.ungcuu.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The small encodings the exports rely on: name-based UUIDs and XML-safe text. */
class ExportEncodingTest {

    @Test
    void nameBasedUuidsAreRfcVersion5() {
        // RFC 9562 appendix A.4: "www.example.com" in the DNS namespace
        UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        assertEquals(UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2"),
                StixExport.nameBased(dns, "www.example.com"));
        UUID unit = StixExport.nameBased(StixExport.NAMESPACE, "unit:XA-MINHSON");
        assertEquals(5, unit.version());
        assertEquals(2, unit.variant());
        assertEquals(unit, StixExport.nameBased(StixExport.NAMESPACE, "unit:XA-MINHSON"));
    }

    @Test
    void textXmlCannotCarryBecomesTheReplacementCharacter() {
        String clean = "Sự cố <script> & \"trích dẫn\" 😀\tdòng\nmới";
        assertSame(clean, IodefExport.text(clean));
        assertEquals("a\uFFFDb\uFFFDc\uFFFD", IodefExport.text("a\u0007b\uD800c\uFFFF"));
    }
}
