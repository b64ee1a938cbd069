package vn.ungcuu.deploy;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The operator's command-line tools, as the deploy scripts use them. */
final class Tools {

    record Result(int status, String output) {
    }

    private Tools() {
    }

    static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, command))) {
                return true;
            }
        }
        return false;
    }

    /** Runs a deploy script with bash, the given environment added to this one, within two minutes. */
    static Result run(Path script, Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(script + " did not finish within two minutes");
        }
        return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    /** pg_dump refuses servers newer than itself (a Debian 15 client and an embedded 17 server, say). */
    static boolean pgDumpCanRead(Connection server) throws IOException, InterruptedException, SQLException {
        if (!onPath("pg_dump")) {
            return false;
        }
        Matcher version = Pattern.compile(" (\\d+)\\.").matcher(versionOf("pg_dump"));
        try (server; Statement statement = server.createStatement();
                ResultSet rows = statement.executeQuery("SHOW server_version_num")) {
            rows.next();
            return version.find() && Integer.parseInt(version.group(1)) >= rows.getInt(1) / 10000;
        }
    }

    private static String versionOf(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command, "--version").redirectErrorStream(true).start();
        process.waitFor(30, TimeUnit.SECONDS);
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
