package org.chenggeng.inspection;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.chenggeng.shared.BaseEntity;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.Snapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A completion acceptance (竣工验收) as held: date, organiser, the parties present (the client, the contractor and
 * residents' representatives at least), the conclusion (合格 / 不合格), the opinion, and the issues still open that
 * day as they were listed then. Not edited afterwards; a failed one is followed by another.
 */
@Entity
@Table(name = "completion_acceptance")
class CompletionAcceptance extends BaseEntity {

    @Column(name = "project_id", nullable = false)
    private Long projectId;
    @Column(name = "accepted_on", nullable = false)
    private LocalDate acceptedOn;
    @Column(nullable = false, length = 200)
    private String organiser;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Conclusion conclusion;
    @Column(length = 2000)
    private String opinion;
    @Column(name = "open_issues", length = 4000)
    private String openIssues;
    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(nullable = false)
    private boolean sample;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "completion_participant", joinColumns = @JoinColumn(name = "acceptance_id"))
    @OrderColumn(name = "sort_order")
    private List<PartyParticipant> participants = new ArrayList<>();

    protected CompletionAcceptance() {
    }

    CompletionAcceptance(long projectId, CompletionData data, String openIssues, LocalDate today, String recordedBy,
                         Instant now, boolean sample) {
        RecordDates.check(data.date(), "acceptance.error.dateRequired", "acceptance.date", today);
        if (data.organiser() == null || data.organiser().isBlank()) {
            throw new DomainException("acceptance.error.organiserRequired");
        }
        if (data.organiser().strip().length() > 200) {
            throw new DomainException("error.tooLong", 200);
        }
        if (data.conclusion() == null) {
            throw new DomainException("inspection.error.conclusionRequired");
        }
        if (data.opinion() != null && data.opinion().length() > 2000) {
            throw new DomainException("error.tooLong", 2000);
        }
        this.participants = new ArrayList<>(PartyParticipant.clean(data.participants()));
        this.projectId = projectId;
        this.acceptedOn = data.date();
        this.organiser = data.organiser().strip();
        this.conclusion = data.conclusion();
        this.opinion = data.opinion() == null || data.opinion().isBlank() ? null : data.opinion().strip();
        this.openIssues = openIssues == null || openIssues.isEmpty() ? null
                : openIssues.length() > 4000 ? openIssues.substring(0, 3999) + "…" : openIssues;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
        this.sample = sample;
    }

    Map<String, String> snapshot() {
        return Snapshot.of().put("projectId", projectId).put("acceptedOn", acceptedOn).put("organiser", organiser)
                .put("conclusion", conclusion).put("opinion", opinion)
                .put("participants", participants.stream().map(p -> p.party() + ":" + p.organisation() + ":" + p.names())
                        .collect(Collectors.joining("; "))).put("openIssues", openIssues).toMap();
    }

    Long getProjectId() {
        return projectId;
    }

    LocalDate getAcceptedOn() {
        return acceptedOn;
    }

    String getOrganiser() {
        return organiser;
    }

    Conclusion getConclusion() {
        return conclusion;
    }

    String getOpinion() {
        return opinion;
    }

    String getOpenIssues() {
        return openIssues;
    }

    String getRecordedBy() {
        return recordedBy;
    }

    Instant getRecordedAt() {
        return recordedAt;
    }

    boolean isSample() {
        return sample;
    }

    List<PartyParticipant> getParticipants() {
        return List.copyOf(participants);
    }
}
