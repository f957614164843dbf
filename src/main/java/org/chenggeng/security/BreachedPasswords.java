package org.chenggeng.security;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The passwords that guessing tools try first: a list shipped with the application ({@code
 * security/breached-passwords.txt}, where decision 0028 says it comes from), held in memory, compared in lower case
 * so that {@code Woaini1314} is as refused as {@code woaini1314}.
 */
@Component
class BreachedPasswords {

    static final String RESOURCE = "security/breached-passwords.txt";

    private final Set<String> known;

    BreachedPasswords() {
        this.known = load();
    }

    boolean contains(String password) {
        return known.contains(password.toLowerCase(Locale.ROOT));
    }

    int size() {
        return known.size();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8))) {
            in.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> words.add(l.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return Set.copyOf(words);
    }
}
