package vn.ungcuu.http;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV (the counterpart of {@link Csv}): quoted fields may hold commas, doubled quotes and line
 * breaks; lines end in CRLF or LF. Each record keeps the line of the file it starts on, for error messages.
 */
public final class CsvReader {

    /** One record: the line it starts on (from 1) and its fields. */
    public record Record(int line, List<String> fields) {
    }

    private CsvReader() {
    }

    /** The records of the text; blank lines are skipped. An unterminated quote is an IllegalArgumentException. */
    public static List<Record> read(String text) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int start = 1;
        boolean quoted = false;
        boolean wasQuoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
                if (!(fields.size() == 1 && fields.get(0).isBlank())) {
                    records.add(new Record(start, List.copyOf(fields)));
                }
                fields.clear();
                line++;
                start = line;
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new IllegalArgumentException("line " + start + ": a quoted field is not closed");
        }
        if (field.length() > 0 || !fields.isEmpty() || wasQuoted) {
            fields.add(field.toString());
            if (!(fields.size() == 1 && fields.get(0).isBlank())) {
                records.add(new Record(start, List.copyOf(fields)));
            }
        }
        return records;
    }
}
