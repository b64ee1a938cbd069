package vn.ungcuu.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** A systemd EnvironmentFile as systemd reads ours: KEY=value lines, # comments, no quoting used. */
final class EnvironmentFile {

    private EnvironmentFile() {
    }

    static Map<String, String> read(Path file) throws IOException {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int equals = trimmed.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException(file + ": not KEY=value: " + line);
            }
            settings.put(trimmed.substring(0, equals), trimmed.substring(equals + 1));
        }
        return settings;
    }
}
