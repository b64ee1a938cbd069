package vn.ungcuu.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The due-soon leads a deployment may write, and when each one warns. */
class LeadTest {

    static final Instant START = Instant.parse("2026-07-03T01:00:00Z");
    static final Instant DUE = START.plus(Duration.ofHours(72));

    @Test
    void aShareWarnsThatFarThroughTheObligationsTime() {
        Lead half = Lead.parse("50%");
        assertEquals("50%", half.key());
        assertEquals(START.plus(Duration.ofHours(36)), half.warnAt(START, DUE));
        assertEquals(START.plus(Duration.ofHours(54)), Lead.parse("75 %").warnAt(START, DUE));
    }

    @Test
    void aDurationWarnsThatLongBeforeTheDueTime() {
        Lead twoHours = Lead.parse("PT2H");
        assertEquals("PT2H", twoHours.key());
        assertEquals(DUE.minus(Duration.ofHours(2)), twoHours.warnAt(START, DUE));
        assertEquals("PT2H", Lead.parse("2h").key(), "the same lead, the same key");
        assertEquals(List.of("50%", "PT2H"), Lead.parseAll(List.of("50%", " PT2H ", "")).stream().map(Lead::key)
                .toList());
    }

    @Test
    void nonsenseStopsTheStartNamingTheSetting() {
        for (String wrong : List.of("0%", "100%", "half", "-PT1H", "PT0S", "%")) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Lead.parse(wrong),
                    wrong);
            assertEquals(true, refused.getMessage().startsWith("ungcuu.notifications.due-soon-leads"), wrong);
        }
    }
}
