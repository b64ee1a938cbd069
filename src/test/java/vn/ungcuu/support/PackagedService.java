package vn.ungcuu.support;

import io.restassured.RestAssured;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The packaged service ({@code target/quarkus-app}, built by {@code ./mvnw verify} before the ITs) run as
 * its own process on a free port, with exactly the environment it is given plus the test key.
 */
public final class PackagedService implements AutoCloseable {

    public static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

    /**
     * JVM options of a service started for a test: C1 only, which halves the start on a busy 2-core machine
     * (the ITs start the service some fifteen times; a test's few thousand requests never earn C2 back),
     * and the serial collector the systemd unit runs with. No setting of the service's own changes.
     */
    public static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private final Process process;
    private final int port;
    private final Path log;

    private PackagedService(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** The test key and issuer, as the ITs give them: tokens from {@link Tokens} are accepted. */
    public static Map<String, String> testKeyEnvironment() {
        return Map.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                new File("src/test/resources/test-keys/public.pem").getAbsoluteFile().toURI().toString(),
                "MP_JWT_VERIFY_ISSUER", Tokens.ISSUER);
    }

    /**
     * The environment for a service on the given test database (PostgresResource's map) that accepts
     * tokens from {@link Tokens}; a mutable map, for the settings each test adds.
     */
    public static Map<String, String> environment(Map<String, String> datasource) {
        Map<String, String> env = new java.util.HashMap<>(testKeyEnvironment());
        env.put("QUARKUS_DATASOURCE_JDBC_URL", datasource.get("quarkus.datasource.jdbc.url"));
        env.put("QUARKUS_DATASOURCE_USERNAME", datasource.get("quarkus.datasource.username"));
        env.put("QUARKUS_DATASOURCE_PASSWORD", datasource.get("quarkus.datasource.password"));
        return env;
    }

    /** Starts the service with {@code environment} (QUARKUS_HTTP_PORT is chosen here) without waiting. */
    public static PackagedService start(Map<String, String> environment, String logName) throws IOException {
        return start(environment, logName, QUICK_START);
    }

    /** As {@link #start(Map, String)}, with these JVM options (none: the JVM's defaults, as for a soak's figures). */
    public static PackagedService start(Map<String, String> environment, String logName, List<String> jvmOptions)
            throws IOException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException("package the service first (./mvnw verify does)");
        }
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(JAR.toString());
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("UNGCUU_")
                || name.startsWith("MP_JWT_"));
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        Path log = Path.of("target", logName + ".log");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        return new PackagedService(builder.start(), port, log);
    }

    /** Starts the service and waits until it is ready; REST Assured then points at it. */
    public static PackagedService startReady(Map<String, String> environment, String logName) throws Exception {
        return startReady(environment, logName, QUICK_START);
    }

    /** As {@link #startReady(Map, String)}, with these JVM options. */
    public static PackagedService startReady(Map<String, String> environment, String logName, List<String> jvmOptions)
            throws Exception {
        PackagedService service = start(environment, logName, jvmOptions);
        service.awaitReady();
        return service;
    }

    public void awaitReady() throws InterruptedException {
        RestAssured.baseURI = "http://127.0.0.1";
        RestAssured.port = port;
        await("the service to be ready (log: " + log + ")", () -> {
            if (!process.isAlive()) {
                throw new AssertionError("the service exited with " + process.exitValue() + "; log: " + log);
            }
            try {
                return RestAssured.given().get("/q/health/ready").statusCode() == 200;
            } catch (Exception e) {
                return false;
            }
        });
    }

    /** Waits for the process to end by itself and returns its exit status. */
    public int awaitExit(Duration within) throws InterruptedException {
        if (!process.waitFor(within.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the service did not exit within " + within);
        }
        return process.exitValue();
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown hook, no graceful stop. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        kill();
        RestAssured.reset();
    }

    public static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(250);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
