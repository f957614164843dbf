package org.chenggeng.security;

import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** The application's encoder, remembering which hash every password check was made against. */
class CountingPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Queue<String> checkedAgainst = new ConcurrentLinkedQueue<>();

    CountingPasswordEncoder(PasswordEncoder delegate) {
        this.delegate = delegate;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        checkedAgainst.add(encodedPassword);
        return delegate.matches(rawPassword, encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    int checks() {
        return checkedAgainst.size();
    }

    long checksAgainst(String hash) {
        return checkedAgainst.stream().filter(hash::equals).count();
    }

    List<String> hashes() {
        return List.copyOf(checkedAgainst);
    }

    void reset() {
        checkedAgainst.clear();
    }
}
