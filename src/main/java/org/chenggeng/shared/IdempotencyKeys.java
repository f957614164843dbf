package org.chenggeng.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The answers given to writes sent with an idempotency key, so that sending the same write again (a retry after
 * a timeout, a double tap, a phone resending a day later) answers what the first one did and writes nothing. A
 * service looks the key up in its writing transaction, after locking what it writes to, and remembers its answer
 * in the same transaction: the key commits or rolls back with the write, and the unique (user, key) constraint
 * stops two retries at once from both writing. Only writes that succeeded are remembered; a refused write wrote
 * nothing, so sending it again checks it again. Keys are forgotten after {@code chenggeng.api.idempotency-retention}.
 */
@Component
@EnableScheduling
@EnableConfigurationProperties(ApiProperties.class)
public class IdempotencyKeys {

    /** Printable ASCII without spaces, as in the IETF draft's examples (UUIDs, random strings). */
    public static final Pattern SHAPE = Pattern.compile("[\\x21-\\x7E]{1,100}");

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeys.class);

    private final JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Clock clock;
    private final ApiProperties settings;

    IdempotencyKeys(JdbcTemplate jdbc, Clock clock, ApiProperties settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * The answer first given to {@code key} by this user, if it is still kept. Refuses a key that first came with a
     * different request ({@code request} describes the write: what and with which values) and a malformed key.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T> Optional<T> answered(long userId, String key, String request, Class<T> answerType) {
        check(key);
        List<Stored> found = jdbc.query("select id, request_hash, response, created_at from idempotency_key "
                        + "where user_id = ? and idem_key = ?",
                (rs, n) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()),
                userId, key);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Stored stored = found.getFirst();
        if (stored.at().isBefore(clock.instant().minus(settings.idempotencyRetention()))) {
            jdbc.update("delete from idempotency_key where id = ?", stored.id());
            return Optional.empty();
        }
        if (!stored.requestHash().equals(hash(request))) {
            throw new DomainException("idempotency.error.keyReused", key);
        }
        return Optional.of(json.readValue(stored.response(), answerType));
    }

    /** Remembers the answer to the write {@code request} sent with {@code key}, in the write's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void remember(long userId, String key, String request, Object answer) {
        check(key);
        try {
            jdbc.update("insert into idempotency_key (user_id, idem_key, request_hash, response, created_at) "
                            + "values (?, ?, ?, ?, ?)", userId, key, hash(request), json.writeValueAsString(answer),
                    Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException e) {
            // Another request with this key committed while this one ran; only a different request can get here,
            // because the same request waits for the first one's lock and then finds its answer.
            throw new DomainException("idempotency.error.keyReused", key);
        }
    }

    /** Forgets the keys older than the retention, once an hour. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetExpired() {
        Instant before = clock.instant().minus(settings.idempotencyRetention());
        int deleted = jdbc.update("delete from idempotency_key where created_at < ?", Timestamp.from(before));
        if (deleted > 0) {
            log.info("Forgot {} idempotency keys older than {}", deleted, settings.idempotencyRetention());
        }
    }

    private static void check(String key) {
        if (key == null || !SHAPE.matcher(key).matches()) {
            throw new DomainException("idempotency.error.badKey");
        }
    }

    private static String hash(String request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(request.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Stored(long id, String requestHash, String response, Instant at) {
    }
}
