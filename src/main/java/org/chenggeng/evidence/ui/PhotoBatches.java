package org.chenggeng.evidence.ui;

import org.chenggeng.evidence.AttachRequest;

import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Which record each photo goes to. When a record is saved, the photos then waiting are bound to it as one batch: the
 * browser sends each photo's batch number with its upload, so a photo still uploading when the next record is saved
 * stays with the record it was chosen for. Only batches this uploader bound are accepted; a photo without a batch
 * goes to the uploader's fixed record, if it has one.
 */
final class PhotoBatches implements Serializable {

    static final String PARAMETER = "batch";

    private final AttachRequest fixed;
    private final Map<Integer, AttachRequest> bound = new ConcurrentHashMap<>();
    private final AtomicInteger last = new AtomicInteger();

    PhotoBatches(AttachRequest fixed) {
        this.fixed = fixed;
    }

    /** Binds the photos waiting now to {@code target}; returns the batch number the browser sends with them. */
    int bind(AttachRequest target) {
        int batch = last.incrementAndGet();
        bound.put(batch, target);
        return batch;
    }

    /** The record a photo sent with {@code batch} goes to, or null if none (an unknown or malformed batch). */
    AttachRequest target(String batch) {
        if (batch == null || batch.isEmpty()) {
            return fixed;
        }
        if (batch.length() > 9 || !batch.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return bound.get(Integer.parseInt(batch));
    }
}
