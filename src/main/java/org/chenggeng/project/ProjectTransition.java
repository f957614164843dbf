package org.chenggeng.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One step of a project's lifecycle: from what, to what, who, when and why. Never changed once written. */
@Entity
@Table(name = "project_transition")
class ProjectTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private ProjectStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private ProjectStatus toStatus;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 50)
    private String actor;

    @Column(length = 1000)
    private String note;

    @Column(name = "consent_round_id")
    private Long consentRoundId;

    @Column(name = "consent_tally", length = 1000)
    private String consentTally;

    protected ProjectTransition() {
    }

    ProjectTransition(Long projectId, ProjectStatus fromStatus, ProjectStatus toStatus, Instant occurredAt,
                      String actor, String note) {
        this.projectId = projectId;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.note = note;
    }

    ProjectStatus getFromStatus() {
        return fromStatus;
    }

    ProjectStatus getToStatus() {
        return toStatus;
    }

    Instant getOccurredAt() {
        return occurredAt;
    }

    String getActor() {
        return actor;
    }

    String getNote() {
        return note;
    }

    /** The passed consent round that 立项 rested on, and its tally as it stood. */
    ProjectTransition withConsent(ApprovalCheck.Consent consent) {
        this.consentRoundId = consent.roundId();
        this.consentTally = consent.tally().length() > 1000 ? consent.tally().substring(0, 1000) : consent.tally();
        return this;
    }

    Long getConsentRoundId() {
        return consentRoundId;
    }

    String getConsentTally() {
        return consentTally;
    }
}
