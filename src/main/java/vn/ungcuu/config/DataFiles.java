package vn.ungcuu.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The rule files a setting names (regimes, document templates): a path on the server, the deploying body's own
 * version needing no release, or, when no such file exists, a resource shipped with the service.
 */
public final class DataFiles {

    private DataFiles() {
    }

    /** The file's text (UTF-8); a name that is neither a file nor a resource stops the caller, naming the setting. */
    public static String read(String file, String setting) {
        try {
            Path path = Path.of(file);
            if (Files.isRegularFile(path)) {
                return Files.readString(path, StandardCharsets.UTF_8);
            }
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("file missing: " + file + " (" + setting + ")");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
