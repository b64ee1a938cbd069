package vn.ungcuu.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.ungcuu.config.UngCuuConfig;

/** Times in messages: always the district's wall clock, never UTC, with the offset spelled out in English. */
@ApplicationScoped
class Times {

    private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("HH:mm, d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DAY_EN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    @Inject
    UngCuuConfig config;

    When when(Instant instant) {
        if (instant == null) {
            return null;
        }
        ZonedDateTime local = instant.atZone(config.timeZone());
        return new When(VI.format(local), EN.format(local) + " (UTC" + offset(local) + ")");
    }

    When day(LocalDate day) {
        return new When(DAY_VI.format(day), DAY_EN.format(day));
    }

    LocalDate today(Instant now) {
        return now.atZone(config.timeZone()).toLocalDate();
    }

    /** How long is left, in whole minutes: "1 ngày 2 giờ 5 phút" / "1 d 2 h 5 min". */
    static When left(Duration left) {
        long minutes = Math.max(0, left.toMinutes());
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long mins = minutes % 60;
        StringBuilder vi = new StringBuilder();
        StringBuilder en = new StringBuilder();
        if (days > 0) {
            vi.append(days).append(" ngày ");
            en.append(days).append(" d ");
        }
        if (days > 0 || hours > 0) {
            vi.append(hours).append(" giờ ");
            en.append(hours).append(" h ");
        }
        vi.append(mins).append(" phút");
        en.append(mins).append(" min");
        return new When(vi.toString(), en.toString());
    }

    private static String offset(ZonedDateTime local) {
        String id = local.getOffset().getId();
        return "Z".equals(id) ? "+00:00" : id;
    }
}
