package vn.ungcuu.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** File names and media types from clients, made safe (plain Java, no service needed). */
class FilenamesTest {

    @Test
    void onlyTheLastPathSegmentIsKept() {
        assertEquals("a.txt", Filenames.clean("../../etc/a.txt"));
        assertEquals("a.txt", Filenames.clean("C:\\Users\\lan\\a.txt"));
        assertEquals("a.txt", Filenames.clean("dir\\sub/a.txt"));
        assertEquals(Filenames.FALLBACK, Filenames.clean("../.."));
        assertEquals(Filenames.FALLBACK, Filenames.clean("logs/"));
        assertEquals(Filenames.FALLBACK, Filenames.clean("  "));
        assertEquals(Filenames.FALLBACK, Filenames.clean(null));
    }

    @Test
    void controlFormatAndQuoteCharactersGo() {
        assertEquals("ab.txt", Filenames.clean("a\r\n\u0000\u007f\"b.txt"));
        // a right-to-left override would show "invoice_exe.pdf" for an .exe
        assertEquals("invoice_fdp.exe", Filenames.clean("invoice_\u202Efdp.exe"));
        assertEquals("a b.txt", Filenames.clean("a\u2028 b.txt"));
        assertEquals("it's.txt", Filenames.clean("it's.txt"));
    }

    @Test
    void vietnameseIsKeptComposed() {
        // decomposed input (as macOS sends it) is stored composed
        assertEquals("Biên bản.txt", Filenames.clean("Bie\u0302n ba\u0309n.txt"));
        assertEquals("Biên bản.txt", Filenames.clean("Biên bản.txt"));
    }

    @Test
    void longNamesKeepTheirExtension() {
        String name = Filenames.clean("ả".repeat(300) + ".pcapng");
        assertEquals(Filenames.MAX_LENGTH, name.codePointCount(0, name.length()));
        assertTrue(name.endsWith("ả.pcapng"));
    }

    @Test
    void theHeaderIsAsciiWithTheExactNameInFilenameStar() {
        assertEquals("attachment; filename=\"Bien ban su co Da Lat.txt\"; "
                        + "filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20s%E1%BB%B1%20c%E1%BB%91%20%C4%90%C3%A0%20L%E1%BA%A1t.txt",
                Filenames.contentDisposition("Biên bản sự cố Đà Lạt.txt"));
        assertEquals("a_b_c_d_.txt", Filenames.asciiFallback("a\\b%c€d😀.txt"));
        assertEquals("it%27s%20100%25%3B.txt", Filenames.percentEncode("it's 100%;.txt"));
    }

    @Test
    void mediaTypesAreKeptWhenWellFormed() {
        assertEquals("application/pdf", ContentTypes.clean("application/pdf"));
        assertEquals("text/plain; charset=utf-8", ContentTypes.clean("Text/Plain; Charset=\"UTF-8\"; format=flowed"));
        assertEquals("image/svg+xml", ContentTypes.clean("image/svg+xml; foo=bar"));
        assertEquals(ContentTypes.OCTET_STREAM, ContentTypes.clean(null));
        assertEquals(ContentTypes.OCTET_STREAM, ContentTypes.clean("*/*"));
        assertEquals(ContentTypes.OCTET_STREAM, ContentTypes.clean("text"));
        assertEquals(ContentTypes.OCTET_STREAM, ContentTypes.clean("text/html\r\nX-Evil: 1"));
    }
}
