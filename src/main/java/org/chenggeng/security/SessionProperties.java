package org.chenggeng.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;

/**
 * How many sessions a user may have at once, by role: {@code max-per-user.SYSTEM_ADMIN=1}, and {@code
 * max-per-user.default} for the roles not named; {@code -1} is no limit. A sign-in past the limit ends the user's
 * oldest session (decision 0028).
 */
@ConfigurationProperties("chenggeng.security.sessions")
record SessionProperties(Map<String, Integer> maxPerUser) {

    static final String DEFAULT = "default";

    SessionProperties {
        maxPerUser = maxPerUser == null ? Map.of() : Map.copyOf(maxPerUser);
        for (Map.Entry<String, Integer> limit : maxPerUser.entrySet()) {
            if (!DEFAULT.equals(limit.getKey())) {
                Role.valueOf(limit.getKey());
            }
            if (limit.getValue() == 0 || limit.getValue() < -1) {
                throw new IllegalArgumentException("chenggeng.security.sessions.max-per-user." + limit.getKey()
                        + " must be at least 1, or -1 for no limit");
            }
        }
    }

    /** The limit for a role: its own, else the default, else none. */
    int limitFor(Role role) {
        return maxPerUser.getOrDefault(role.name(), maxPerUser.getOrDefault(DEFAULT, -1));
    }
}
