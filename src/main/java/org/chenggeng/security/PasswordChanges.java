package org.chenggeng.security;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

/**
 * Sets passwords through the {@link PasswordPolicy}, for whoever sets them: the user on the profile page, an
 * administrator creating an account or resetting its password, the first start. A password replaced goes to the
 * account's history (its hash only); the history keeps no more than the policy looks at.
 */
@Component
class PasswordChanges {

    private final PasswordPolicy policy;
    private final PasswordHistoryRepository history;
    private final PasswordEncoder encoder;
    private final Clock clock;

    PasswordChanges(PasswordPolicy policy, PasswordHistoryRepository history, PasswordEncoder encoder, Clock clock) {
        this.policy = policy;
        this.history = history;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** The hash of a new account's first password, once the password meets the rules. */
    String firstPassword(String username, String password) {
        policy.check(username, password, List.of());
        return encoder.encode(password);
    }

    /** Replaces an account's password with one that meets the rules and is none of its last ones. */
    void change(UserAccount account, String password, boolean mustChangeAtNextLogin) {
        List<PasswordHistoryEntry> earlier = history.findByUserIdOrderByReplacedAtDescIdDesc(account.getId());
        policy.check(account.getUsername(), password, Stream.concat(Stream.of(account.getPasswordHash()),
                earlier.stream().map(PasswordHistoryEntry::getPasswordHash)).toList());
        // the current password counts as one of the last ones: the history holds one fewer, newest first
        int keep = Math.max(policy.rules().history() - 1, 0);
        if (keep > 0) {
            history.save(new PasswordHistoryEntry(account.getId(), account.getPasswordHash(), clock.instant()));
        }
        history.deleteAll(earlier.subList(Math.min(Math.max(keep - 1, 0), earlier.size()), earlier.size()));
        account.changePassword(encoder.encode(password), mustChangeAtNextLogin, clock.instant());
    }
}
