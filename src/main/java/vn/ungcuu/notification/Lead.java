package vn.ungcuu.notification;

import io.quarkus.runtime.configuration.DurationConverter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * When before its due time an obligation is warned of: a share of its time gone ({@code 50%}: half-way from its
 * start to its due time) or a duration before it is due ({@code PT2H}, {@code 2h}). Its key names it in the dedup
 * key of the warning.
 */
record Lead(String key, double share, Duration before) {

    static List<Lead> parseAll(List<String> texts) {
        return texts.stream().map(String::strip).filter(text -> !text.isEmpty()).map(Lead::parse).toList();
    }

    static Lead parse(String text) {
        if (text.endsWith("%")) {
            double percent;
            try {
                percent = Double.parseDouble(text.substring(0, text.length() - 1).strip());
            } catch (NumberFormatException e) {
                throw invalid(text);
            }
            if (!(percent > 0 && percent < 100)) {
                throw invalid(text);
            }
            return new Lead(text.replace(" ", ""), percent / 100, null);
        }
        Duration before;
        try {
            before = DurationConverter.parseDuration(text);
        } catch (RuntimeException e) {
            throw invalid(text);
        }
        if (before == null || before.isNegative() || before.isZero()) {
            throw invalid(text);
        }
        return new Lead(before.toString(), 0, before);
    }

    /** The instant this lead warns at, for an obligation running from start to due. */
    Instant warnAt(Instant start, Instant due) {
        if (before != null) {
            return due.minus(before);
        }
        long span = Duration.between(start, due).toMillis();
        return start.plusMillis(Math.round(span * share));
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("ungcuu.notifications.due-soon-leads: \"" + text
                + "\" is neither a share of an obligation's time (1%-99%, e.g. 50%) nor a positive duration (PT2H, 2h)");
    }
}
