package org.chenggeng.shared.api;

import org.chenggeng.shared.IdempotentWrites;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The answer to an API create: the new record's id, 201, and {@code Idempotent-Replayed: true} on a replay. */
public record Created(Long id) {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    public static final String KEY_DESCRIPTION = "a key of your choosing for this write (a UUID), at most 100 "
            + "printable characters; kept 7 days. The same request sent again with it answers the first answer and "
            + "writes nothing; the key with another request is refused with 422 (idempotency.error.keyReused).";

    /** 201 with the written answer, marked when it is the answer stored for the key. */
    public static <T> ResponseEntity<T> answer(IdempotentWrites.Written<T> written) {
        var answer = ResponseEntity.status(HttpStatus.CREATED);
        if (written.replayed()) {
            answer = answer.header(REPLAYED, "true");
        }
        return answer.body(written.answer());
    }
}
