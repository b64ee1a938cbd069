package vn.ungcuu.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** README's configuration reference lists every setting the service reads, under its real name. */
class ConfigurationReferenceTest {

    @Test
    void everyUngCuuSettingIsDocumentedAndEveryDocumentedOneExists() throws Exception {
        Set<String> documented = ConfigurationReference.documented().values().stream()
                .filter(property -> property.startsWith("ungcuu."))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> read = ConfigurationReference.mappedProperties();

        assertTrue(read.size() > 20, "the mappings were found: " + read);
        assertEquals(read, documented, "README Configuration against the @ConfigMapping interfaces");
    }

    @Test
    void everyEnvironmentVariableIsThePropertysOwnName() throws Exception {
        for (Map.Entry<String, String> row : ConfigurationReference.documented().entrySet()) {
            if (!row.getValue().isEmpty()) {
                assertEquals(ConfigurationReference.environmentName(row.getValue()), row.getKey(), row.getValue());
            }
        }
    }
}
