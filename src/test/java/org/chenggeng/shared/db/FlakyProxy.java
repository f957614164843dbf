package org.chenggeng.shared.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy in front of a database that can fail the way networks do: forward, hang (connections stay open but
 * nothing gets through, as when a database host stops answering), or refuse (every connection is cut at once,
 * as when the database is stopped). Going back to forwarding cuts what hung, as a recovered network does.
 */
final class FlakyProxy implements AutoCloseable {

    enum Mode { FORWARD, HANG, REFUSE }

    private final ServerSocket server;
    private final String targetHost;
    private final int targetPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile Mode mode = Mode.FORWARD;

    FlakyProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::accept, "flaky-proxy");
        accept.setDaemon(true);
        accept.start();
    }

    int port() {
        return server.getLocalPort();
    }

    void set(Mode next) {
        Mode previous = mode;
        mode = next;
        if (next == Mode.REFUSE || previous == Mode.HANG) {
            cutAll();
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                sockets.add(client);
                if (mode == Mode.REFUSE) {
                    client.close();
                    continue;
                }
                Socket db = new Socket();
                db.connect(new InetSocketAddress(targetHost, targetPort), 2000);
                sockets.add(db);
                pump(client, db);
                pump(db, client);
            } catch (IOException e) {
                // a connection that failed to open or was cut: the client sees it fail
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    if (mode == Mode.FORWARD) {
                        out.write(buffer, 0, n);
                        out.flush();
                    }
                }
            } catch (IOException e) {
                // cut
            } finally {
                close(from);
                close(to);
            }
        }, "flaky-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private void cutAll() {
        sockets.forEach(FlakyProxy::close);
        sockets.clear();
    }

    private static void close(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        cutAll();
    }
}
