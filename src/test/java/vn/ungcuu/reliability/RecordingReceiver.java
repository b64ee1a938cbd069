package vn.ungcuu.reliability;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The provincial endpoint for the fault tests: a loopback HTTP server (JDK) that answers every webhook with
 * a chosen status after a chosen delay and records, per request, its delivery id, when it arrived and when
 * its answer was sent. It counts requests in flight per delivery id, so two requests for one event that
 * overlap in time are caught as they happen, not guessed from logs. It can be taken down (connection
 * refused) and brought back on the same port; bodies containing a poison marker are always refused (400).
 */
final class RecordingReceiver implements AutoCloseable {

    static final String PATH = "/provincial/webhook";

    /** One request as the receiver saw it; times from {@link System#nanoTime()}. */
    record Exchange(String deliveryId, String event, String body, long startNanos, long endNanos, int status,
            boolean signed) {

        boolean accepted() {
            return status >= 200 && status < 300;
        }
    }

    private final String secret;
    private int port;
    private final ExecutorService workers = Executors.newFixedThreadPool(32);
    private final List<Exchange> exchanges = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final AtomicInteger inFlightAll = new AtomicInteger();
    private final AtomicInteger maxInFlightAll = new AtomicInteger();
    private final Set<String> overlapping = ConcurrentHashMap.newKeySet();
    private final Set<String> poison = ConcurrentHashMap.newKeySet();
    private volatile int status = 200;
    private volatile int delayMillis;
    private volatile HttpServer server;

    private RecordingReceiver(String secret) {
        this.secret = secret;
    }

    /** Listening on a free loopback port; {@code secret} is the key the signatures are checked with. */
    static RecordingReceiver start(String secret) throws IOException {
        RecordingReceiver receiver = new RecordingReceiver(secret);
        receiver.up();
        receiver.port = receiver.server.getAddress().getPort();
        return receiver;
    }

    int port() {
        return port;
    }

    String url() {
        return "http://127.0.0.1:" + port() + PATH;
    }

    /** Connection refused from now on. */
    synchronized void down() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** Listening again, on the same port. */
    synchronized void up() throws IOException {
        if (server == null) {
            HttpServer fresh = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
            fresh.setExecutor(workers);
            fresh.createContext(PATH, this::handle);
            fresh.start();
            server = fresh;
        }
    }

    void answer(int status, int delayMillis) {
        this.status = status;
        this.delayMillis = delayMillis;
    }

    /** Every body containing this text is refused with 400, for ever. */
    void poison(String marker) {
        poison.add(marker);
    }

    List<Exchange> exchanges() {
        synchronized (exchanges) {
            return List.copyOf(exchanges);
        }
    }

    Map<String, List<Exchange>> byDelivery() {
        return exchanges().stream().collect(Collectors.groupingBy(Exchange::deliveryId));
    }

    /** Delivery ids that had two requests in flight at one moment. */
    Set<String> overlapping() {
        return Set.copyOf(overlapping);
    }

    /** The most requests (any delivery ids) in flight at one moment. */
    int maxInFlight() {
        return maxInFlightAll.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        String id = String.valueOf(exchange.getRequestHeaders().getFirst("X-UngCuu-Delivery"));
        AtomicInteger same = inFlight.computeIfAbsent(id, key -> new AtomicInteger());
        if (same.incrementAndGet() > 1) {
            overlapping.add(id);
        }
        maxInFlightAll.accumulateAndGet(inFlightAll.incrementAndGet(), Math::max);
        int answered = 500;
        String text = "";
        boolean signed = false;
        try {
            byte[] body = exchange.getRequestBody().readAllBytes();
            text = new String(body, StandardCharsets.UTF_8);
            signed = ("sha256=" + hmac(body)).equals(exchange.getRequestHeaders().getFirst("X-UngCuu-Signature-256"));
            String content = text;
            answered = !"POST".equals(exchange.getRequestMethod()) ? 405
                    : poison.stream().anyMatch(content::contains) ? 400 : status;
            int delay = delayMillis;
            if (delay > 0) {
                Thread.sleep(delay);
            }
            exchange.sendResponseHeaders(answered, -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
            long end = System.nanoTime();
            same.decrementAndGet();
            inFlightAll.decrementAndGet();
            exchanges.add(new Exchange(id, exchange.getRequestHeaders().getFirst("X-UngCuu-Event"), text, start, end,
                    answered, signed));
        }
    }

    private String hmac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        down();
        workers.shutdownNow();
    }
}
