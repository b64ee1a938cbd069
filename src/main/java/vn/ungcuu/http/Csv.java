package vn.ungcuu.http;

/** RFC 4180 CSV fields, shared by the incident export and the reports. */
public final class Csv {

    private Csv() {
    }

    /** A field with a comma, quote or line break is quoted, its quotes doubled; null is empty. */
    public static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
