package vn.ungcuu.evidence;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * File names from clients are data, not paths or header syntax. {@link #clean} keeps the last path
 * segment without control, format (e.g. right-to-left override) or quote characters; {@link
 * #contentDisposition} turns a kept name into a header that no browser or proxy can misread (RFC 6266:
 * an ASCII fallback plus the exact name in {@code filename*}, RFC 8187).
 */
public final class Filenames {

    /** PostgreSQL column width; longer names keep their extension. */
    static final int MAX_LENGTH = 255;
    static final String FALLBACK = "attachment";
    private static final int MAX_EXTENSION = 16;

    private Filenames() {
    }

    public static String clean(String given) {
        if (given == null) {
            return FALLBACK;
        }
        String name = Normalizer.normalize(given, Normalizer.Form.NFC);
        // both separators: a Windows client sends C:\Users\...\file.txt
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().filter(Filenames::allowed).forEach(kept::appendCodePoint);
        String cleaned = kept.toString().strip();
        if (cleaned.isEmpty() || cleaned.chars().allMatch(c -> c == '.')) {
            return FALLBACK;
        }
        return shorten(cleaned);
    }

    /** {@code attachment; filename="<ASCII>"; filename*=UTF-8''<percent-encoded>} for a cleaned name. */
    public static String contentDisposition(String name) {
        return "attachment; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + percentEncode(name);
    }

    /** Vietnamese letters lose their marks (đ becomes d); anything else outside printable ASCII is _. */
    static String asciiFallback(String name) {
        String decomposed = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        StringBuilder ascii = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLowSurrogate(c)) {
                continue; // its high surrogate already became one _
            }
            // quotes and backslashes would end or escape the quoted string; % invites decoding
            ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' ? c : '_');
        }
        return ascii.toString();
    }

    /** RFC 8187 value characters: ALPHA / DIGIT / "!#$&+-.^_`|~"; every other UTF-8 byte is %XX. */
    static String percentEncode(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }

    private static boolean allowed(int codePoint) {
        int type = Character.getType(codePoint);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE
                && type != Character.UNASSIGNED && type != Character.LINE_SEPARATOR
                && type != Character.PARAGRAPH_SEPARATOR && codePoint != '"';
    }

    private static String shorten(String name) {
        int[] points = name.codePoints().toArray();
        if (points.length <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= MAX_EXTENSION ? name.substring(dot) : "";
        int keep = MAX_LENGTH - extension.codePointCount(0, extension.length());
        return new String(points, 0, keep).strip() + extension;
    }
}
