package vn.ungcuu.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loopback TCP proxy between the service and PostgreSQL that can fail the way a database does:
 * {@link #refuse()} resets every open connection and refuses new ones (the server stopped),
 * {@link #blackhole()} keeps every connection open but never answers, on open connections or new ones
 * (a hung server or a silent network partition), and {@link #restore()} forwards again. {@link #pause()}
 * holds the bytes in both directions until {@link #resume()} delivers them: every transaction in flight
 * stops where it is, so that a process killed meanwhile dies inside them.
 */
final class TcpProxy implements AutoCloseable {

    enum Mode { FORWARD, PAUSE, REFUSE, BLACKHOLE }

    private static final Pattern JDBC_URL = Pattern.compile("^jdbc:postgresql://([^:/?]+)(?::(\\d+))?/([^?]*)(\\?.*)?$");

    private final String targetHost;
    private final int targetPort;
    private final int port;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final AtomicInteger accepted = new AtomicInteger();
    private volatile Mode mode = Mode.FORWARD;
    private volatile ServerSocket listener;
    private volatile boolean closed;

    TcpProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.listener = listen(0);
        this.port = listener.getLocalPort();
        startAccepting(listener);
    }

    /** A proxy to the server of a PostgreSQL JDBC URL. */
    static TcpProxy toServerOf(String jdbcUrl) throws IOException {
        Matcher url = JDBC_URL.matcher(jdbcUrl);
        if (!url.matches()) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        return new TcpProxy(url.group(1), url.group(2) == null ? 5432 : Integer.parseInt(url.group(2)));
    }

    /** The same JDBC URL (database, parameters) through this proxy. */
    String through(String jdbcUrl) {
        Matcher url = JDBC_URL.matcher(jdbcUrl);
        if (!url.matches()) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + url.group(3) + (url.group(4) == null ? "" : url.group(4));
    }

    int port() {
        return port;
    }

    Mode mode() {
        return mode;
    }

    /** Connections accepted so far (a blackholed connection counts too). */
    int accepted() {
        return accepted.get();
    }

    /** PostgreSQL stopped: every open connection reset, new connections refused (nothing listens). */
    synchronized void refuse() throws IOException {
        mode = Mode.REFUSE;
        listener.close();
        resetAll();
    }

    /** PostgreSQL hung or unreachable without an answer: bytes go in, nothing comes back, nothing closes. */
    synchronized void blackhole() throws IOException {
        ensureListening();
        mode = Mode.BLACKHOLE;
    }

    /** Holds every byte read, either way, until {@link #resume()}. */
    synchronized void pause() {
        mode = Mode.PAUSE;
    }

    /** Delivers what was held and forwards again; a side that closed meanwhile is then closed on the other. */
    synchronized void resume() {
        mode = Mode.FORWARD;
    }

    /** PostgreSQL back: connections from the blackhole are reset (as a real partition's end would), new ones forwarded. */
    synchronized void restore() throws IOException {
        Mode before = mode;
        mode = Mode.FORWARD;
        if (before == Mode.BLACKHOLE) {
            resetAll();
        }
        ensureListening();
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
        listener.close();
        resetAll();
    }

    private void ensureListening() throws IOException {
        if (listener.isClosed()) {
            listener = listen(port);
            startAccepting(listener);
        }
    }

    private static ServerSocket listen(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
        return socket;
    }

    private void startAccepting(ServerSocket server) {
        Thread thread = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    accepted.incrementAndGet();
                    track(client);
                    if (mode == Mode.BLACKHOLE) {
                        swallow(client); // accepted, read, never answered
                    } else {
                        connect(client);
                    }
                } catch (IOException e) {
                    // listener closed (refuse or close), or one connection failed: carry on or stop
                }
            }
        }, "tcp-proxy-accept-" + port);
        thread.setDaemon(true);
        thread.start();
    }

    private void connect(Socket client) {
        try {
            Socket upstream = new Socket();
            track(upstream);
            upstream.connect(new InetSocketAddress(targetHost, targetPort), 5000);
            pump(client, upstream);
            pump(upstream, client);
        } catch (IOException e) {
            reset(client);
        }
    }

    /**
     * Copies from → to while forwarding; paused, holds what it read (and any close) until resumed; in a
     * blackhole, drops it. The end of one side is passed on after the bytes before it.
     */
    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try {
                InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream();
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    while (mode == Mode.PAUSE) {
                        Thread.sleep(5);
                    }
                    if (mode == Mode.FORWARD) {
                        out.write(buffer, 0, n);
                        out.flush();
                    }
                }
            } catch (IOException | InterruptedException e) {
                // reset by us or by the peer
            }
            while (mode == Mode.PAUSE) {
                sleepQuietly();
            }
            if (mode != Mode.BLACKHOLE || closed) {
                close(from);
                close(to);
            }
        }, "tcp-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void swallow(Socket client) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = client.getInputStream()) {
                while (in.read(buffer) >= 0) {
                    // dropped
                }
            } catch (IOException e) {
                // reset
            }
        }, "tcp-proxy-blackhole");
        thread.setDaemon(true);
        thread.start();
    }

    private void track(Socket socket) {
        sockets.add(socket);
    }

    private void resetAll() {
        for (Socket socket : sockets) {
            reset(socket);
        }
    }

    /** A normal close (FIN), after the bytes written before it. */
    private void close(Socket socket) {
        sockets.remove(socket);
        try {
            socket.close();
        } catch (IOException e) {
            // already gone
        }
    }

    /** Closes with SO_LINGER 0: the peer gets a RST, as from a server that went away. */
    private void reset(Socket socket) {
        sockets.remove(socket);
        try {
            if (!socket.isClosed()) {
                socket.setSoLinger(true, 0);
            }
        } catch (SocketException e) {
            // already gone
        }
        try {
            socket.close();
        } catch (IOException e) {
            // already gone
        }
    }
}
