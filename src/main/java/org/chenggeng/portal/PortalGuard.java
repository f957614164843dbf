package org.chenggeng.portal;

import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

/**
 * The portal's anti-automation (ASVS 2.2.1, decision 0024): signed form tokens, forms sent per address and per
 * project within their limits, an arithmetic question from half of either limit on, and tracking lookups per address.
 * The address is the connection's, or the one a trusted proxy forwarded ({@code server.tomcat.remoteip.internal-proxies};
 * an {@code X-Forwarded-For} from anyone else is ignored by Tomcat before it reaches here). The limits are per
 * instance ({@link RateLimits} says why that is acceptable); the secret that signs the tokens must be the same on all.
 */
@Component
class PortalGuard {

    private final FormTokens tokens;
    private final RateLimits perAddress;
    private final RateLimits perProject;
    private final RateLimits lookups;

    PortalGuard(PortalProperties properties, Clock clock) {
        byte[] secret = properties.secret().isBlank() ? random() : properties.secret().getBytes(StandardCharsets.UTF_8);
        this.tokens = new FormTokens(secret, clock, properties.minFormAge(), properties.formLifetime());
        int keys = properties.trackedAddresses();
        this.perAddress = new RateLimits(properties.perAddress(), Duration.ofHours(1), keys, clock);
        this.perProject = new RateLimits(properties.perProject(), Duration.ofHours(1), keys, clock);
        this.lookups = new RateLimits(properties.lookups(), Duration.ofMinutes(10), keys, clock);
    }

    FormTokens tokens() {
        return tokens;
    }

    /** Whether a form for the project, from the address, must ask its question: either limit is half used. */
    boolean challengeDue(String address, long projectId) {
        return perAddress.near(address) || perProject.near(String.valueOf(projectId));
    }

    /** Takes a sent form from both limits; the seconds to wait when either is used up, 0 when admitted. */
    long admit(String address, long projectId) {
        String project = String.valueOf(projectId);
        if (!perAddress.take(address)) {
            return perAddress.retryAfterSeconds(address);
        }
        if (!perProject.take(project)) {
            return perProject.retryAfterSeconds(project);
        }
        return 0;
    }

    /** Takes a tracking lookup from the address's limit; the seconds to wait when used up, 0 when admitted. */
    long lookup(String address) {
        return lookups.take(address) ? 0 : lookups.retryAfterSeconds(address);
    }

    /** How many addresses the form limit remembers now (bounded by {@code tracked-addresses}). */
    int trackedAddresses() {
        return perAddress.size();
    }

    private static byte[] random() {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        return b;
    }
}
