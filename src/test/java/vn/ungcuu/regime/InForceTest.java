package vn.ungcuu.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The deploying body's dates in force: parsed strictly, applied without touching the rules. */
class InForceTest {

    private static final Regime NOW = new Regime("vn-2026", 1, new Regime.Text("Luật An ninh mạng", null),
            LocalDate.parse("2026-07-01"), null, null, List.of(), List.of(), List.of(), List.of(), null);

    @Test
    void anOverrideMovesTheDatesAndNothingElse() {
        InForce dates = InForce.parse(List.of("vn-2026=2026-08-01/", "vn-2017=2017-03-16/2026-08-01"));
        Regime moved = dates.applyTo(NOW);
        assertEquals(LocalDate.parse("2026-08-01"), moved.inForceFrom());
        assertNull(moved.inForceTo());
        assertEquals(NOW.title(), moved.title());
        assertTrue(RegimeStore.holds(moved, LocalDate.parse("2026-08-01")));
        assertTrue(!RegimeStore.holds(moved, LocalDate.parse("2026-07-31")));
        assertEquals(NOW, InForce.parse(List.of()).applyTo(NOW));
    }

    @Test
    void aBadSettingStopsTheStartSayingWhy() {
        assertTrue(assertThrows(IllegalStateException.class, () -> InForce.parse(List.of("vn-2026:2026-08-01")))
                .getMessage().contains("id=from/to"));
        assertTrue(assertThrows(IllegalStateException.class, () -> InForce.parse(List.of("vn-2026=01/08/2026/")))
                .getMessage().contains("YYYY-MM-DD"));
        assertTrue(assertThrows(IllegalStateException.class,
                () -> InForce.parse(List.of("vn-2026=2026-08-01/2026-07-01"))).getMessage().contains("after"));
        InForce unknown = InForce.parse(List.of("vn-2030=2030-01-01/"));
        assertTrue(assertThrows(IllegalStateException.class, () -> unknown.requireKnown(List.of("vn-2026")))
                .getMessage().contains("vn-2030"));
    }
}
