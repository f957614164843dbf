package org.chenggeng.reporting;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * One part of a zip package, deflated to a temporary file on a thread of its own while its text is still being
 * written: the thread that reads the ledger from the database formats rows, this one compresses them, so on two
 * cores the two overlap instead of following each other. The file holds raw deflate data; with its CRC and sizes
 * ({@link Deflated}) it goes into the zip as it is, without being compressed a second time.
 */
final class DeflatedPart implements AutoCloseable {

    /** A finished part: the raw deflate data and what the zip's entry must say about it. */
    record Deflated(Path file, long crc, long size, long compressedSize) {
    }

    private record Chunk(byte[] bytes, int length) {
    }

    private static final Chunk END = new Chunk(new byte[0], 0);
    private static final int CHUNK = 1 << 16;

    private final Path file;
    private final BlockingQueue<Chunk> chunks = new ArrayBlockingQueue<>(16);
    private final Thread deflater;
    private final Chunks text;
    private final CRC32 crc = new CRC32();
    private long size;
    private long compressedSize;
    private volatile IOException failure;
    private boolean ended;

    DeflatedPart(int level) throws IOException {
        file = Files.createTempFile("ledger-part", ".deflate");
        deflater = Thread.ofPlatform().daemon().name("ledger-deflate").start(() -> deflate(level));
        text = new Chunks();
    }

    /** Where the compressed bytes go; removed on {@link #close()}. */
    Path file() {
        return file;
    }

    void write(String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        text.write(bytes, 0, bytes.length);
    }

    /** UTF-8 bytes of the part's text, copied: the caller may reuse its buffer. */
    void write(byte[] bytes, int offset, int length) throws IOException {
        text.write(bytes, offset, length);
    }

    /** Ends the text, waits for the last of it to be compressed, and says what was written. */
    Deflated finish() throws IOException {
        text.close();
        try {
            deflater.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while compressing");
        }
        if (failure != null) {
            throw failure;
        }
        return new Deflated(file, crc.getValue(), size, compressedSize);
    }

    private void deflate(int level) {
        Deflater d = new Deflater(level, true);
        try (Counting counted = new Counting(new BufferedOutputStream(Files.newOutputStream(file), CHUNK));
             DeflaterOutputStream out = new DeflaterOutputStream(counted, d, CHUNK)) {
            for (Chunk c = take(); c != END; c = take()) {
                crc.update(c.bytes(), 0, c.length());
                size += c.length();
                out.write(c.bytes(), 0, c.length());
            }
            out.finish();
            out.flush();
            compressedSize = counted.count;
        } catch (IOException e) {
            failure = e;
            drain();
        } catch (InterruptedException e) {
            failure = new InterruptedIOException("interrupted while compressing");
        } finally {
            d.end();
        }
    }

    private Chunk take() throws InterruptedException {
        return chunks.take();
    }

    /** After a failure, takes what the writer still sends, so that it never waits on a full queue. */
    private void drain() {
        try {
            while (take() != END) {
                // discarded: the part is lost and finish() says why
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void send(Chunk chunk) throws IOException {
        if (failure != null && chunk != END) {
            throw failure;
        }
        try {
            chunks.put(chunk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing");
        }
    }

    /** Removes the file; ends the compressing thread if the part was abandoned half-written. */
    @Override
    public void close() {
        if (!ended) {
            try {
                text.close();
            } catch (IOException e) {
                // the part is being thrown away
            }
        }
        try {
            deflater.join(10_000);
            Files.deleteIfExists(file);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of the text, handed to the compressing thread in chunks of 64 KiB. */
    private final class Chunks extends OutputStream {
        private byte[] buffer = new byte[CHUNK];
        private int length;

        @Override
        public void write(int b) throws IOException {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                int n = Math.min(len, CHUNK - length);
                System.arraycopy(b, off, buffer, length, n);
                length += n;
                off += n;
                len -= n;
                if (length == CHUNK) {
                    flushChunk();
                }
            }
        }

        private void flushChunk() throws IOException {
            if (length > 0) {
                send(new Chunk(buffer, length));
                buffer = new byte[CHUNK];
                length = 0;
            }
        }

        @Override
        public void close() throws IOException {
            if (!ended) {
                ended = true;
                flushChunk();
                send(END);
            }
        }
    }

    private static final class Counting extends FilterOutputStream {
        long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
