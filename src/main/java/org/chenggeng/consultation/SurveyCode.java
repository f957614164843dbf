package org.chenggeng.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.chenggeng.shared.BaseEntity;

import java.security.SecureRandom;
import java.time.Instant;

/**
 * A one-time code that lets one household answer one SATISFACTION round on the portal, printed on its door notice.
 * Eight characters of an alphabet without look-alikes (no 0/O, 1/I/L, U/V), about 39 bits: too many to guess
 * behind the portal's rate limits, short enough to type on a phone. Used once; printing again gives an unused code a
 * new value, so that an old slip no longer works.
 */
@Entity
@Table(name = "survey_code")
class SurveyCode extends BaseEntity {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";
    static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Column(name = "round_id", nullable = false)
    private Long roundId;
    @Column(name = "household_id", nullable = false)
    private Long householdId;
    @Column(nullable = false, length = 16)
    private String code;
    @Column(name = "issued_by", nullable = false, length = 100)
    private String issuedBy;
    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;
    @Column(name = "used_at")
    private Instant usedAt;

    protected SurveyCode() {
    }

    SurveyCode(Long roundId, Long householdId, String code, String issuedBy, Instant issuedAt) {
        this.roundId = roundId;
        this.householdId = householdId;
        reissue(code, issuedBy, issuedAt);
    }

    /** A new value for a code not yet used: the slip printed before stops working. */
    void reissue(String newCode, String by, Instant at) {
        if (usedAt != null) {
            throw new IllegalStateException("survey code " + getId() + " was used");
        }
        this.code = newCode;
        this.issuedBy = by;
        this.issuedAt = at;
    }

    /** A fresh random code. */
    static String random() {
        StringBuilder b = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    /**
     * The code as typed, in the form it is stored: capitals, without the spaces and hyphens a resident may copy from
     * the slip; {@code null} when it cannot be a code at all.
     */
    static String normalise(String typed) {
        if (typed == null || typed.length() > 40) {
            return null;
        }
        String code = typed.replaceAll("[\\s\\-·]", "").toUpperCase(java.util.Locale.ROOT);
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return null;
        }
        return code;
    }

    /** As printed: two groups of four, "K7QM 2XHD". */
    static String printed(String code) {
        return code.substring(0, LENGTH / 2) + " " + code.substring(LENGTH / 2);
    }

    boolean isUsed() {
        return usedAt != null;
    }

    Long getRoundId() {
        return roundId;
    }

    Long getHouseholdId() {
        return householdId;
    }

    String getCode() {
        return code;
    }

    Instant getIssuedAt() {
        return issuedAt;
    }

    Instant getUsedAt() {
        return usedAt;
    }
}
