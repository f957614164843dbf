package org.chenggeng.security;

import org.apache.commons.codec.binary.Base32;
import org.chenggeng.shared.DomainException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Two-factor sign-in with an authenticator app (RFC 6238, decision record 0027): a signed-in user enrols one on
 * their profile, confirming it with a first code, and gets ten one-time recovery codes; at sign-in the session that
 * gave the password gives a code ({@link #signIn}) before it gets its role. A user who must use two factors and has
 * none yet may enrol from the session the password opened, and may do nothing else.
 */
@Service
public class TwoFactorService {

    static final int RECOVERY_CODES = 10;
    private static final int SECRET_BYTES = 20;
    private static final char[] RECOVERY_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository users;
    private final TotpEnrolmentRepository enrolments;
    private final RecoveryCodeRepository recoveryCodes;
    private final TwoFactorKeys keys;
    private final MfaProperties properties;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecurityContextHolderStrategy securityContext;
    private final Totp totp = new Totp();

    TwoFactorService(UserAccountRepository users, TotpEnrolmentRepository enrolments,
                     RecoveryCodeRepository recoveryCodes, TwoFactorKeys keys, MfaProperties properties,
                     LoginThrottle throttle, ApplicationEventPublisher events, Clock clock,
                     ObjectProvider<SecurityContextHolderStrategy> securityContext) {
        this.users = users;
        this.enrolments = enrolments;
        this.recoveryCodes = recoveryCodes;
        this.keys = keys;
        this.properties = properties;
        this.throttle = throttle;
        this.events = events;
        this.clock = clock;
        this.securityContext = securityContext.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** Whether the signed-in user has an authenticator, must have one, and how many recovery codes are left. */
    public record Status(boolean enrolled, boolean required, long recoveryCodesLeft) {
    }

    /** A secret not yet confirmed: the base32 text to type into an app and the otpauth URI its QR code holds. */
    public record NewSecret(String secret, String uri) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Status status() {
        UserAccount u = enrolling();
        return new Status(enrolments.existsByUserId(u.getId()), properties.isRequired(u),
                recoveryCodes.countByUserIdAndUsedAtIsNull(u.getId()));
    }

    /** Draws a new secret for the signed-in user to add to an app; nothing is stored until {@link #confirm}. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public NewSecret newSecret() {
        UserAccount u = enrolling();
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        String text = new Base32().encodeToString(secret).replace("=", "");
        String label = encode(properties.issuer()) + ":" + encode(u.getUsername());
        return new NewSecret(text, "otpauth://totp/" + label + "?secret=" + text + "&issuer="
                + encode(properties.issuer()) + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period="
                + Totp.STEP.toSeconds());
    }

    /**
     * Switches two factors on with the secret the user's app now holds, once a code from it proves so, and returns
     * the recovery codes, which are shown this once. A session that was waiting to enrol gets its role.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public List<String> confirm(String secret, String code) {
        UserAccount u = enrolling();
        if (enrolments.existsByUserId(u.getId())) {
            throw new DomainException("twoFactor.error.alreadyEnrolled");
        }
        byte[] raw = decodeSecret(secret);
        OptionalLong step = totp.matchingStep(raw, normalise(code), clock.instant());
        if (step.isEmpty()) {
            throw new DomainException("twoFactor.error.wrongCode");
        }
        enrolments.save(new TotpEnrolment(u.getId(), keys.encrypt(raw, u.getId()), clock.instant(), step.getAsLong()));
        List<String> codes = issueRecoveryCodes(u);
        publish(SecurityEvent.Type.TOTP_ENROLLED, u, null);
        Authentication session = securityContext.getContext().getAuthentication();
        if (SecondFactorGate.holds(session, SecondFactorGate.ENROLMENT)) {
            afterCommit(() -> grant(u));
        }
        return codes;
    }

    /** New recovery codes in place of all the old ones, for a current code from the app. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public List<String> regenerateRecoveryCodes(String code) {
        UserAccount u = free();
        requireCurrentCode(u, code);
        List<String> codes = issueRecoveryCodes(u);
        publish(SecurityEvent.Type.RECOVERY_CODES_GENERATED, u, null);
        return codes;
    }

    /** Switches two factors off, for a current code from the app; refused when the user must use them. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void disable(String code) {
        UserAccount u = free();
        if (properties.isRequired(u)) {
            throw new DomainException("twoFactor.error.required");
        }
        requireCurrentCode(u, code);
        enrolments.deleteByUserId(u.getId());
        recoveryCodes.deleteByUserId(u.getId());
        publish(SecurityEvent.Type.TOTP_DISABLED, u, null);
    }

    /**
     * The second step of a sign-in: a code from the app (six digits, not used before) or an unused recovery code.
     * Counted like a password attempt, so that wrong codes lock the account as wrong passwords do; once accepted,
     * the session gets the user's role, or the duty to change the password when that is due.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void signIn(String code) {
        Authentication session = securityContext.getContext().getAuthentication();
        if (!SecondFactorGate.holds(session, SecondFactorGate.CODE)) {
            throw new AccessDeniedException("no second factor is due");
        }
        String username = session.getName();
        String address = session.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        LoginThrottle.Attempt attempt = throttle.admit(username, address);
        if (!attempt.admitted()) {
            throw new DomainException("twoFactor.error.refused");
        }
        UserAccount u = users.findByUsernameIgnoreCase(username).filter(UserAccount::isEnabled)
                .orElseThrow(() -> new DomainException("twoFactor.error.refused"));
        String given = normalise(code);
        boolean recovery = !given.chars().allMatch(Character::isDigit);
        if (!(recovery ? useRecoveryCode(u, given) : useCurrentCode(u, given))) {
            throttle.secondFactorFailed(username, address, attempt);
            throw new DomainException("twoFactor.error.wrongCode");
        }
        if (recovery) {
            publish(SecurityEvent.Type.RECOVERY_CODE_USED, u, address);
        }
        throttle.succeeded(username, address);
        afterCommit(() -> grant(u));
    }

    private void requireCurrentCode(UserAccount u, String code) {
        if (!useCurrentCode(u, normalise(code))) {
            throw new DomainException("twoFactor.error.wrongCode");
        }
    }

    private boolean useCurrentCode(UserAccount u, String code) {
        return enrolments.findByUserId(u.getId())
                .map(e -> totp.matchingStep(keys.decrypt(e.getSecret(), u.getId()), code, clock.instant()))
                .filter(OptionalLong::isPresent)
                .map(step -> enrolments.claimStep(u.getId(), step.getAsLong()) == 1)
                .orElse(false);
    }

    private boolean useRecoveryCode(UserAccount u, String code) {
        return !code.isEmpty() && recoveryCodes.use(u.getId(), keys.hash(code), clock.instant()) == 1;
    }

    private List<String> issueRecoveryCodes(UserAccount u) {
        recoveryCodes.deleteByUserId(u.getId());
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                code.append(RECOVERY_ALPHABET[RANDOM.nextInt(RECOVERY_ALPHABET.length)]);
            }
            recoveryCodes.save(new RecoveryCode(u.getId(), keys.hash(code.toString())));
            codes.add(code.substring(0, 5) + "-" + code.substring(5));
        }
        return codes;
    }

    /** Codes as people type them: spaces and hyphens left out, letters in either case. */
    static String normalise(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    private static byte[] decodeSecret(String secret) {
        String text = secret == null ? "" : secret.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        Base32 base32 = new Base32();
        if (!base32.isInAlphabet(text) || text.length() < 16) {
            throw new DomainException("twoFactor.error.wrongCode");
        }
        return base32.decode(text);
    }

    /** The user of a session that is free to act, or that was sent to enrol right after the password. */
    private UserAccount enrolling() {
        Authentication session = securityContext.getContext().getAuthentication();
        if (SecondFactorGate.holds(session, SecondFactorGate.CODE)) {
            throw new AccessDeniedException("second factor due");
        }
        return users.findByUsernameIgnoreCase(session.getName()).filter(UserAccount::isEnabled)
                .orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    /** The user of a session free to act (not owing a code, an enrolment or a password change). */
    private UserAccount free() {
        Authentication session = securityContext.getContext().getAuthentication();
        UserAccount u = enrolling();
        if (SecondFactorGate.isPending(session) || PasswordChangeGate.isDue(session)) {
            throw new AccessDeniedException("not free to act");
        }
        return u;
    }

    /** Gives the session what the password alone would have given it, now that the second factor is in. */
    private void grant(UserAccount u) {
        SecurityContext context = securityContext.getContext();
        Authentication signedIn = context.getAuthentication();
        if (SecondFactorGate.isPending(signedIn)) {
            UsernamePasswordAuthenticationToken granted = UsernamePasswordAuthenticationToken.authenticated(
                    signedIn.getPrincipal(), null, SecondFactorGate.afterSecondFactor(signedIn, u));
            granted.setDetails(signedIn.getDetails());
            context.setAuthentication(granted);
        }
    }

    private static void afterCommit(Runnable action) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    private void publish(SecurityEvent.Type type, UserAccount u, String address) {
        events.publishEvent(new SecurityEvent(type, u.getUsername(), address, null));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
