package vn.ungcuu.notification;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;

/** A message in the mail outbox, as the tests read it: what was queued, to whom, saying what. */
record Queued(String dedupKey, String kind, List<String> recipients, String subject, String text, String html) {

    /** Every message about the incident (its subject starts with its reference), oldest first. */
    static List<Queued> about(DataSource db, String reference) {
        return query(db, "SELECT dedup_key, kind, recipients, subject, body_text, body_html FROM mail_message"
                + " WHERE starts_with(subject, ?) ORDER BY created_at, id", "[" + reference + "]");
    }

    /** The messages of one kind about the incident. */
    static List<Queued> about(DataSource db, String reference, String kind) {
        return about(db, reference).stream().filter(message -> message.kind().equals(kind)).toList();
    }

    /** Every message sent to the address. */
    static List<Queued> to(DataSource db, String address) {
        return query(db, "SELECT dedup_key, kind, recipients, subject, body_text, body_html FROM mail_message"
                + " WHERE ? = ANY(recipients) ORDER BY created_at, id", address);
    }

    /** The message with this key, if queued. */
    static List<Queued> withKey(DataSource db, String key) {
        return query(db, "SELECT dedup_key, kind, recipients, subject, body_text, body_html FROM mail_message"
                + " WHERE dedup_key = ?", key);
    }

    /** Every message whose text or HTML holds the text, whoever it went to. */
    static List<Queued> saying(DataSource db, String text) {
        return query(db, "SELECT dedup_key, kind, recipients, subject, body_text, body_html FROM mail_message"
                + " WHERE strpos(body_text, ?) > 0 OR strpos(body_html, ?) > 0 OR strpos(subject, ?) > 0"
                + " ORDER BY created_at, id", text, text, text);
    }

    private static List<Queued> query(DataSource db, String sql, String... params) {
        try (Connection connection = db.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setString(i + 1, params[i]);
            }
            List<Queued> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    Array recipients = result.getArray(3);
                    rows.add(new Queued(result.getString(1), result.getString(2),
                            Arrays.asList((String[]) recipients.getArray()), result.getString(4), result.getString(5),
                            result.getString(6)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
