package org.chenggeng.shared;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a create sent through the API at most once per idempotency key (decision 13): the service's own
 * transaction joins this one, so the stored answer commits or rolls back with what it created. With no key
 * every call writes. A create has no row to lock first, so two sends of one key at the same moment both run;
 * the unique (user, key) constraint then refuses the second ({@code idempotency.error.keyReused}) and rolls
 * its write back, and only the first is stored.
 */
@Component
public class IdempotentWrites {

    private final IdempotencyKeys keys;

    IdempotentWrites(IdempotencyKeys keys) {
        this.keys = keys;
    }

    /** The answer and whether it was the one stored for the key (nothing was written this time). */
    public record Written<T>(T answer, boolean replayed) {
    }

    /**
     * The answer of {@code write}, or the answer first given to {@code key} for the same {@code request} (a
     * description of the write: what, and with which values) without writing again.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public <T> Written<T> once(Supplier<Long> userId, String key, String request, Class<T> answerType,
                               Supplier<T> write) {
        if (key == null) {
            return new Written<>(write.get(), false);
        }
        long user = userId.get();
        Optional<T> first = keys.answered(user, key, request, answerType);
        if (first.isPresent()) {
            return new Written<>(first.get(), true);
        }
        T answer = write.get();
        keys.remember(user, key, request, answer);
        return new Written<>(answer, false);
    }
}
