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

    synchronized void set(Mode next) {
        Mode previous = mode;
        mode = next;
        if (next == Mode.REFUSE || previous == Mode.HANG) {
            cutAll();
        }
    }

    /** Keeps a new socket unless the mode it was opened under has been left by a cut; under the lock of set(). */
    private synchronized boolean register(Socket socket, Mode openedUnder) {
        if (mode == Mode.REFUSE || (openedUnder == Mode.HANG && mode != Mode.HANG)) {
            close(socket);
            return false;
        }
        sockets.add(socket);
        return true;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Mode openedUnder = mode;
                if (!register(client, openedUnder)) {
                    continue;
                }
                Socket db = new Socket();
                db.connect(new InetSocketAddress(targetHost, targetPort), 2000);
                if (!register(db, openedUnder)) {
                    close(client);
                    continue;
                }
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

    private synchronized void cutAll() {
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
    public synchronized void close() throws IOException {
        server.close();
        cutAll();
    }
}
