package vn.ungcuu.deploy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The README's configuration tables, and the settings the service's code really reads. */
final class ConfigurationReference {

    private static final Pattern ROW = Pattern.compile("^\\| (`([^`]+)`|—) \\| `([A-Z0-9_]+)` \\|");

    private ConfigurationReference() {
    }

    /** README "Configuration": environment variable -> property (empty for environment-only rows). */
    static Map<String, String> documented() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("\n## Configuration\n");
        int end = readme.indexOf("\n## ", start + 1);
        Map<String, String> rows = new LinkedHashMap<>();
        for (String line : readme.substring(start, end).split("\n")) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                rows.put(row.group(3), row.group(2) == null ? "" : row.group(2));
            }
        }
        return rows;
    }

    /** quarkus.http.port -> QUARKUS_HTTP_PORT, as SmallRye Config maps environment variables. */
    static String environmentName(String property) {
        return property.toUpperCase().replaceAll("[^A-Z0-9]", "_");
    }

    /** Every property of every {@code @ConfigMapping} interface in vn.ungcuu (defaults or not). */
    static Set<String> mappedProperties() {
        Set<String> properties = new TreeSet<>();
        for (JavaClass mapping : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.ungcuu")) {
            if (mapping.isAnnotatedWith(ConfigMapping.class)) {
                Class<?> type = mapping.reflect();
                collect(type.getAnnotation(ConfigMapping.class).prefix(), type, properties);
            }
        }
        return properties;
    }

    private static void collect(String prefix, Class<?> group, Set<String> properties) {
        for (Method method : group.getMethods()) {
            if (!Modifier.isAbstract(method.getModifiers()) || method.getParameterCount() > 0) {
                continue;
            }
            WithName rename = method.getAnnotation(WithName.class);
            String name = prefix + "." + (rename != null ? rename.value() : kebab(method.getName()));
            Class<?> type = method.getReturnType();
            if (type.isInterface() && type.getName().startsWith("vn.ungcuu.")) {
                collect(name, type, properties);
            } else {
                properties.add(name);
            }
        }
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }
}
