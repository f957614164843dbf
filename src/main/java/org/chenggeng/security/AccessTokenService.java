package org.chenggeng.security;

import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.EntityChanged;
import org.chenggeng.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Personal access tokens: a signed-in user creates them for the machine clients that call the JSON API on their
 * behalf, sees them listed (never their secret) and revokes them. A token acts with its user's role and scope,
 * read afresh on every call.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class AccessTokenService {

    /** Active tokens one user may hold; a client that needs more is better served by revoking unused ones. */
    public static final int MAX_ACTIVE = 10;
    public static final int MAX_NAME_LENGTH = 100;
    private static final String ENTITY = "ACCESS_TOKEN";

    private final AccessTokenRepository tokens;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccessTokenService(AccessTokenRepository tokens, CurrentUser currentUser, ApplicationEventPublisher events,
                       Clock clock) {
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** A token just created: the only time its secret is available. */
    public record NewToken(Long id, String name, String prefix, String secret) {

        @Override
        public String toString() {
            return "NewToken[id=" + id + ", name=" + name + ", prefix=" + prefix + "]";
        }
    }

    /** A token as its owner sees it in the list: the prefix identifies it, the secret is gone. */
    public record TokenRow(Long id, String name, String prefix, Instant createdAt, Instant lastUsedAt) {
    }

    /** Creates a token for the signed-in user and returns its secret, which is not stored and not shown again. */
    @Transactional
    public NewToken create(String name) {
        Actor actor = currentUser.require();
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new DomainException("token.error.nameRequired");
        }
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new DomainException("error.tooLong", MAX_NAME_LENGTH);
        }
        if (tokens.countByUserIdAndRevokedAtIsNull(actor.id()) >= MAX_ACTIVE) {
            throw new DomainException("token.error.tooMany", MAX_ACTIVE);
        }
        String secret = AccessToken.newSecret();
        AccessToken token = tokens.save(new AccessToken(actor.id(), trimmed, secret, clock.instant()));
        events.publishEvent(EntityChanged.created(ENTITY, token.getId(), token.snapshot()));
        return new NewToken(token.getId(), token.getName(), token.getPrefix(), secret);
    }

    /** The signed-in user's active tokens, newest first. */
    @Transactional(readOnly = true)
    public List<TokenRow> mine() {
        return tokens.findByUserIdAndRevokedAtIsNullOrderByCreatedAtDescIdDesc(currentUser.require().id()).stream()
                .map(t -> new TokenRow(t.getId(), t.getName(), t.getPrefix(), t.getCreatedAt(), t.getLastUsedAt()))
                .toList();
    }

    /**
     * Revokes a token at once: the next call made with it is refused. Users revoke their own tokens; an
     * administrator may revoke anyone's. Revoking a revoked token changes nothing.
     */
    @Transactional
    public void revoke(long id) {
        Actor actor = currentUser.require();
        AccessToken token = tokens.findById(id).orElseThrow(NotFoundException::new);
        if (!actor.is(Role.SECURITY_ADMIN) && !token.getUserId().equals(actor.id())) {
            throw currentUser.deny(actor, "access-token.revoke " + id);
        }
        if (!token.isActive()) {
            return;
        }
        Map<String, String> before = token.snapshot();
        token.revoke(clock.instant());
        tokens.saveAndFlush(token);
        events.publishEvent(EntityChanged.updated(ENTITY, id, "REVOKE", before, token.snapshot()));
    }
}
