package org.chenggeng.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.chenggeng.shared.BaseEntity;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.Snapshot;

import java.time.Instant;
import java.util.Map;

/**
 * A household's answer in a round, for the round as a whole ({@code itemKey} 0) or for one proposed work item
 * ({@code itemKey} = its id). A changed answer replaces this one; the audit log keeps both.
 */
@Entity
@Table(name = "household_response")
class HouseholdResponse extends BaseEntity {

    static final long WHOLE_ROUND = 0L;
    /** Who recorded an answer that came through the portal: the household itself. */
    static final String ONLINE = "online";

    @Column(name = "round_id", nullable = false)
    private Long roundId;
    @Column(name = "household_id", nullable = false)
    private Long householdId;
    @Column(name = "item_key", nullable = false)
    private long itemKey;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Answer answer;
    @Column(name = "on_paper", nullable = false)
    private boolean onPaper;
    @Column(name = "by_proxy", nullable = false)
    private boolean byProxy;
    @Column(name = "form_number", length = 40)
    private String formNumber;
    @Column(name = "recorded_by", nullable = false, length = 50)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(name = "online_answer", nullable = false)
    private boolean online;

    protected HouseholdResponse() {
    }

    HouseholdResponse(Long roundId, Long householdId, long itemKey) {
        this.roundId = roundId;
        this.householdId = householdId;
        this.itemKey = itemKey;
    }

    /** Records (or replaces) the answer; a paper or proxy answer needs the number of its form. */
    void record(Answer answer, boolean onPaper, boolean byProxy, String formNumber, String actor, Instant now) {
        if (answer == null) {
            throw new DomainException("response.error.answerRequired");
        }
        String form = formNumber == null || formNumber.isBlank() ? null : formNumber.trim();
        if ((onPaper || byProxy) && form == null) {
            throw new DomainException("response.error.formNumberRequired");
        }
        if (form != null && form.length() > 40) {
            throw new DomainException("error.tooLong", 40);
        }
        this.answer = answer;
        this.onPaper = onPaper;
        this.byProxy = byProxy;
        this.formNumber = form;
        this.recordedBy = actor;
        this.recordedAt = now;
        this.online = false;
    }

    /**
     * Records the answer a household gave itself on the portal with its one-time code (see {@link SurveyAnswers}):
     * counted exactly as one recorded at the door, marked as received online.
     */
    void recordOnline(Answer answer, Instant now) {
        if (answer == null || !answer.participates()) {
            throw new DomainException("response.error.answerRequired");
        }
        this.answer = answer;
        this.onPaper = false;
        this.byProxy = false;
        this.formNumber = null;
        this.recordedBy = ONLINE;
        this.recordedAt = now;
        this.online = true;
    }

    Map<String, String> snapshot() {
        return Snapshot.of().put("roundId", roundId).put("householdId", householdId)
                .put("workItemId", itemKey == WHOLE_ROUND ? null : itemKey).put("answer", answer)
                .put("onPaper", onPaper).put("byProxy", byProxy).put("formNumber", formNumber).put("online", online)
                .toMap();
    }

    Long getRoundId() {
        return roundId;
    }

    Long getHouseholdId() {
        return householdId;
    }

    long getItemKey() {
        return itemKey;
    }

    Answer getAnswer() {
        return answer;
    }

    boolean isOnPaper() {
        return onPaper;
    }

    boolean isByProxy() {
        return byProxy;
    }

    String getFormNumber() {
        return formNumber;
    }

    String getRecordedBy() {
        return recordedBy;
    }

    Instant getRecordedAt() {
        return recordedAt;
    }

    boolean isOnline() {
        return online;
    }
}
