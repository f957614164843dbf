package org.chenggeng.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.chenggeng.shared.DomainException;

import java.time.Instant;

/**
 * One step of an issue's way, kept for good: a rectification (with its photos), a send-back with its reason, or the
 * closing re-check. Never changed once written.
 */
@Entity
@Table(name = "issue_step")
class IssueStep {

    /** A rectification answered, a send-back, a close. */
    enum Kind {
        ANSWER, RETURN, CLOSE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "issue_id", nullable = false)
    private Long issueId;
    @Enumerated(EnumType.STRING)
    @Column(name = "step_kind", nullable = false, length = 10)
    private Kind kind;
    @Column(name = "step_text", length = 1000)
    private String text;
    @Column(name = "actor", nullable = false, length = 100)
    private String actor;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected IssueStep() {
    }

    /** A step; {@code requiredKey} names the refusal when its text is needed and missing ({@code null}: optional). */
    static IssueStep of(Long issueId, Kind kind, String text, String requiredKey, String actor, Instant now) {
        String t = text == null || text.isBlank() ? null : text.strip();
        if (t == null && requiredKey != null) {
            throw new DomainException(requiredKey);
        }
        if (t != null && t.length() > 1000) {
            throw new DomainException("error.tooLong", 1000);
        }
        IssueStep step = new IssueStep();
        step.issueId = issueId;
        step.kind = kind;
        step.text = t;
        step.actor = actor;
        step.occurredAt = now;
        return step;
    }

    Long getId() {
        return id;
    }

    Long getIssueId() {
        return issueId;
    }

    Kind getKind() {
        return kind;
    }

    String getText() {
        return text;
    }

    String getActor() {
        return actor;
    }

    Instant getOccurredAt() {
        return occurredAt;
    }
}
