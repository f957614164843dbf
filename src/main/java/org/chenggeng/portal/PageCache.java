package org.chenggeng.portal;

import org.chenggeng.project.ProjectChanged;
import org.chenggeng.project.ProjectChangedBatch;
import org.chenggeng.shared.EntityChanged;
import org.chenggeng.work.WorkItemsChanged;
import org.chenggeng.work.WorkItemsChangedBatch;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Rendered public pages, kept for at most {@code chenggeng.portal.cache-ttl} and dropped, all of them, as soon as any
 * change commits (any audited change, a work item's progress, a project's), so a page is never staler than the last
 * commit plus the time to render it. A page rendered while a change committed is not kept (the generation moved on).
 * At most {@link #MAX_PAGES} pages are kept; past that the cache starts empty again. Per instance.
 */
@Component
class PageCache {

    static final int MAX_PAGES = 2_000;

    /** A rendered page: its bytes and its strong ETag. */
    record Page(byte[] body, String etag, long expiresAt) {
    }

    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final long ttlNanos;

    PageCache(PortalProperties properties) {
        this.ttlNanos = properties.cacheTtl().toNanos();
    }

    /** The cached page for the key, or the one {@code render} makes ({@code null}: nothing to show, not kept). */
    Page get(String key, Supplier<String> render) {
        Page known = pages.get(key);
        long now = System.nanoTime();
        if (known != null && now - known.expiresAt() < 0) {
            return known;
        }
        long before = generation.get();
        String html = render.get();
        if (html == null) {
            return null;
        }
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        Page page = new Page(body, etag(body), now + ttlNanos);
        if (generation.get() == before) {
            if (pages.size() >= MAX_PAGES) {
                pages.clear();
            }
            pages.put(key, page);
        }
        return page;
    }

    void clear() {
        generation.incrementAndGet();
        pages.clear();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(EntityChanged change) {
        clear();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(WorkItemsChanged change) {
        clear();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(WorkItemsChangedBatch change) {
        clear();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ProjectChanged change) {
        clear();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ProjectChangedBatch change) {
        clear();
    }

    static String etag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
