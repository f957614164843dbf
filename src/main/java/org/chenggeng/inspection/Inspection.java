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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An inspection of a project, as recorded: kind, date, participants, the checklist as checked, the work items
 * looked at, and the conclusion. A record of what was seen on a day: it is not edited afterwards; what it found
 * is followed up through its findings' issues. 合格 is refused while a checklist line is 不符合, and 不合格 needs a
 * finding that says why.
 */
@Entity
@Table(name = "inspection")
class Inspection extends BaseEntity {

    @Column(name = "project_id", nullable = false)
    private Long projectId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InspectionKind kind;
    @Column(name = "inspected_on", nullable = false)
    private LocalDate inspectedOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Conclusion conclusion;
    @Column(length = 2000)
    private String note;
    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(nullable = false)
    private boolean sample;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "inspection_participant", joinColumns = @JoinColumn(name = "inspection_id"))
    @OrderColumn(name = "sort_order")
    private List<Participant> participants = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "inspection_check", joinColumns = @JoinColumn(name = "inspection_id"))
    @OrderColumn(name = "sort_order")
    private List<Check> checks = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "inspection_work_item", joinColumns = @JoinColumn(name = "inspection_id"))
    @Column(name = "work_item_id")
    private Set<Long> workItemIds = new HashSet<>();

    protected Inspection() {
    }

    Inspection(long projectId, InspectionData data, int findings, LocalDate today, String recordedBy, Instant now,
               boolean sample) {
        if (data.kind() == null) {
            throw new DomainException("inspection.error.kindRequired");
        }
        RecordDates.check(data.date(), "inspection.error.dateRequired", "inspection.date", today);
        if (data.conclusion() == null) {
            throw new DomainException("inspection.error.conclusionRequired");
        }
        List<Check> checked = data.checks() == null ? List.of() : List.copyOf(data.checks());
        if (checked.stream().anyMatch(c -> c == null || c.result() == null)) {
            throw new DomainException("inspection.error.checkUnanswered");
        }
        if (data.conclusion() == Conclusion.PASSED && checked.stream().anyMatch(c -> c.result() == CheckResult.FAILED)) {
            throw new DomainException("inspection.error.passedWithFailedCheck");
        }
        if (data.conclusion() == Conclusion.FAILED && findings == 0) {
            throw new DomainException("inspection.error.failedNeedsFinding");
        }
        if (data.note() != null && data.note().length() > 2000) {
            throw new DomainException("error.tooLong", 2000);
        }
        this.projectId = projectId;
        this.kind = data.kind();
        this.inspectedOn = data.date();
        this.conclusion = data.conclusion();
        this.note = data.note() == null || data.note().isBlank() ? null : data.note().strip();
        this.participants = new ArrayList<>(Participant.clean(data.participants()));
        this.checks = new ArrayList<>(checked);
        this.workItemIds = new HashSet<>(data.workItemIds() == null ? Set.of() : data.workItemIds());
        this.recordedBy = recordedBy;
        this.recordedAt = now;
        this.sample = sample;
    }

    Map<String, String> snapshot() {
        return Snapshot.of().put("projectId", projectId).put("kind", kind).put("inspectedOn", inspectedOn)
                .put("conclusion", conclusion)
                .put("participants", participants.stream().map(p -> p.organisation() + ":" + p.names())
                        .collect(Collectors.joining("; ")))
                .put("checks", checks.stream().map(c -> c.textZh() + "=" + c.result()).collect(Collectors.joining("; ")))
                .put("workItemIds", new TreeSet<>(workItemIds)).put("note", note).toMap();
    }

    Long getProjectId() {
        return projectId;
    }

    InspectionKind getKind() {
        return kind;
    }

    LocalDate getInspectedOn() {
        return inspectedOn;
    }

    Conclusion getConclusion() {
        return conclusion;
    }

    String getNote() {
        return note;
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

    List<Participant> getParticipants() {
        return List.copyOf(participants);
    }

    List<Check> getChecks() {
        return List.copyOf(checks);
    }

    Set<Long> getWorkItemIds() {
        return Set.copyOf(workItemIds);
    }
}
