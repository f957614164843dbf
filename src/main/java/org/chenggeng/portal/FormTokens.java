package org.chenggeng.portal;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Signed form tokens, which stand in for a session's CSRF token and a server-side challenge (decision 0024): the
 * token names what the form is for, when it was issued and a random nonce, and, with a challenge, an HMAC of the
 * nonce with the right answer, all signed with HMAC-SHA256. A sent form is accepted once per token, not sooner than
 * {@code minAge} after it was issued (a person takes longer) nor later than {@code lifetime}; the answer is checked
 * without the server remembering the question.
 */
final class FormTokens {

    /** What a check found. */
    enum Verdict {
        OK, INVALID, EXPIRED, TOO_FAST, REPLAYED, WRONG_ANSWER
    }

    /** A simple sum to answer: {@code a + b}. */
    record Challenge(int a, int b) {
    }

    /** A token for a form, with the question it asks ({@code null} for none). */
    record Issued(String token, Challenge challenge) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_USED = 50_000;

    private final byte[] secret;
    private final Clock clock;
    private final Duration minAge;
    private final Duration lifetime;
    private final Map<String, Long> used = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > MAX_USED || eldest.getValue() < clock.millis();
        }
    };

    FormTokens(byte[] secret, Clock clock, Duration minAge, Duration lifetime) {
        this.secret = secret.clone();
        this.clock = clock;
        this.minAge = minAge;
        this.lifetime = lifetime;
    }

    Issued issue(String purpose, boolean withChallenge) {
        byte[] n = new byte[12];
        RANDOM.nextBytes(n);
        String nonce = b64(n);
        Challenge challenge = null;
        String tag = "";
        if (withChallenge) {
            challenge = new Challenge(2 + RANDOM.nextInt(18), 2 + RANDOM.nextInt(18));
            tag = answerTag(nonce, String.valueOf(challenge.a() + challenge.b()));
        }
        String payload = purpose + "|" + clock.millis() + "|" + nonce + "|" + tag;
        String body = b64(payload.getBytes(StandardCharsets.UTF_8));
        return new Issued(body + "." + b64(mac("t|" + body)), challenge);
    }

    /** Whether a well-signed token carries a challenge (false for anything not signed by us). */
    boolean asksChallenge(String token) {
        String[] p = payload(token);
        return p != null && !p[3].isEmpty();
    }

    /** Checks a sent form's token for its purpose and, if it asks one, the answer; a passing token is used up. */
    Verdict check(String token, String purpose, String answer) {
        String[] p = payload(token);
        if (p == null || !p[0].equals(purpose)) {
            return Verdict.INVALID;
        }
        long issued;
        try {
            issued = Long.parseLong(p[1]);
        } catch (NumberFormatException e) {
            return Verdict.INVALID;
        }
        long now = clock.millis();
        if (now > issued + lifetime.toMillis()) {
            return Verdict.EXPIRED;
        }
        if (now < issued + minAge.toMillis()) {
            return Verdict.TOO_FAST;
        }
        if (!p[3].isEmpty()) {
            String given = answer == null ? "" : answer.strip();
            if (given.length() > 4 || !MessageDigest.isEqual(p[3].getBytes(StandardCharsets.US_ASCII),
                    answerTag(p[2], given).getBytes(StandardCharsets.US_ASCII))) {
                return Verdict.WRONG_ANSWER;
            }
        }
        synchronized (used) {
            if (used.containsKey(p[2])) {
                return Verdict.REPLAYED;
            }
            used.put(p[2], issued + lifetime.toMillis());
        }
        return Verdict.OK;
    }

    /** The token's four fields, or {@code null} when it is malformed or not signed by us. */
    private String[] payload(String token) {
        if (token == null || token.length() > 400) {
            return null;
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        String body = token.substring(0, dot);
        byte[] expected = b64(mac("t|" + body)).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return null;
        }
        try {
            String[] p = new String(Base64.getUrlDecoder().decode(body), StandardCharsets.UTF_8).split("\\|", -1);
            return p.length == 4 ? p : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String answerTag(String nonce, String answer) {
        return b64(mac("c|" + nonce + "|" + answer)).substring(0, 22);
    }

    private byte[] mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
