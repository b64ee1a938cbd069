package vn.ungcuu.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One value is an equality on a single parameter; several are an in-list on the collection. */
class HqlFiltersTest {

    @Test
    void oneValueIsAnEquality() {
        Map<String, Object> bound = new HashMap<>();
        assertEquals("i.status = :statuses", HqlFilters.anyOf("i.status", "statuses", List.of("NEW"), bound::put));
        assertEquals(Map.of("statuses", "NEW"), bound);
    }

    @Test
    void severalValuesAreAnInList() {
        Map<String, Object> bound = new HashMap<>();
        assertEquals("status in :statuses",
                HqlFilters.anyOf("status", "statuses", List.of("NEW", "DONE"), bound::put));
        assertEquals(Map.of("statuses", List.of("NEW", "DONE")), bound);
    }
}
