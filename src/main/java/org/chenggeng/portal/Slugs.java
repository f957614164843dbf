package org.chenggeng.portal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/** Public slugs: 128 random bits as 22 URL-safe characters, so that no one finds a page by counting or guessing. */
final class Slugs {

    static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private Slugs() {
    }

    static String newSlug() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static boolean wellFormed(String slug) {
        return slug != null && SHAPE.matcher(slug).matches();
    }
}
