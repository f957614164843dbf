package org.chenggeng.project;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.chenggeng.shared.BaseEntity;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.MessageKey;
import org.chenggeng.shared.Snapshot;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A renewal project. Its status is never set directly: each lifecycle step is a method that checks the
 * step's precondition and returns the transition record to keep.
 */
@Entity
@Table(name = "project")
class Project extends BaseEntity {

    /** The buildings residents consented to are fixed at 立项: they change only before it. */
    private static final Set<ProjectStatus> SCOPE_OPEN = EnumSet.of(ProjectStatus.PLANNING, ProjectStatus.CONSULTING);

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "project_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private boolean pilot;

    @Column(name = "implementing_unit", length = 200)
    private String implementingUnit;

    @Column(precision = 16, scale = 2)
    private BigDecimal budget;

    @Column(name = "planned_start")
    private LocalDate plannedStart;

    @Column(name = "planned_end")
    private LocalDate plannedEnd;

    /** Loads as {@code null} while no milestone is reached (every column empty). */
    @Embedded
    private Milestones milestones;

    @Column(length = 2000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProjectStatus status = ProjectStatus.PLANNING;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_compound", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "compound_id")
    private Set<Long> compoundIds = new HashSet<>();

    /** Loads as {@code null} for a project on whole compounds. */
    @Embedded
    private BuildingScope scope;

    @Column(nullable = false)
    private boolean sample;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Project() {
    }

    Project(ProjectData data, boolean sample, Instant now) {
        this.sample = sample;
        this.createdAt = now;
        update(data);
    }

    /** Replaces the editable details; the code and compounds are checked here, the scope by the service. */
    void update(ProjectData data) {
        String newCode = data.code() == null ? "" : data.code().trim();
        if (!ProjectData.CODE.matcher(newCode).matches()) {
            throw new DomainException("project.error.codeFormat");
        }
        if (data.name() == null || data.name().isBlank()) {
            throw new DomainException("project.error.nameRequired");
        }
        if (data.name().trim().length() > 200) {
            throw new DomainException("error.tooLong", 200);
        }
        if (data.year() < 2000 || data.year() > 2100) {
            throw new DomainException("project.error.year");
        }
        if (data.budget() != null && (data.budget().signum() < 0 || data.budget().scale() > 2)) {
            throw new DomainException("project.error.budget");
        }
        if (data.plannedStart() != null && data.plannedEnd() != null && data.plannedEnd().isBefore(data.plannedStart())) {
            throw new DomainException("project.error.plannedDates");
        }
        if (data.compoundIds().isEmpty()) {
            throw new DomainException("project.error.compoundsRequired");
        }
        if (data.description() != null && data.description().length() > 2000) {
            throw new DomainException("error.tooLong", 2000);
        }
        BuildingScope newScope = BuildingScope.of(data.buildings(), data.unit(), data.compoundIds().size());
        if (!newScope.equals(scope()) && !SCOPE_OPEN.contains(status)) {
            throw new DomainException("project.error.scopeFixed");
        }
        this.scope = newScope;
        this.code = newCode;
        this.name = data.name().trim();
        this.year = data.year();
        this.pilot = data.pilot();
        this.implementingUnit = blankToNull(data.implementingUnit());
        this.budget = data.budget();
        this.plannedStart = data.plannedStart();
        this.plannedEnd = data.plannedEnd();
        this.description = blankToNull(data.description());
        this.compoundIds = new HashSet<>(data.compoundIds());
    }

    /** 谋划 → 征询: consultation can begin once the project knows which compounds it renews. */
    ProjectTransition startConsultation(String actor, Instant now, String note) {
        return move(ProjectStatus.CONSULTING, actor, now, note);
    }

    /** 征询 → 立项: only on the residents' consent, a passed consent round whose tally is recorded with the step. */
    ProjectTransition approve(ApprovalCheck.Consent consent, String actor, Instant now, String note) {
        if (consent == null) {
            throw new DomainException("project.error.consentRequired");
        }
        return move(ProjectStatus.APPROVED, actor, now, note).withConsent(consent);
    }

    /** 立项 → 施工: needs the date work actually started, which cannot lie in the future. */
    ProjectTransition startWork(LocalDate startDate, LocalDate today, String actor, Instant now, String note) {
        requireNext(ProjectStatus.IN_PROGRESS);
        reaching().start(startDate, today);
        return move(ProjectStatus.IN_PROGRESS, actor, now, note);
    }

    /** 施工 → 完工: the completion date lies between the start and today. */
    ProjectTransition complete(LocalDate endDate, LocalDate today, String actor, Instant now, String note) {
        requireNext(ProjectStatus.COMPLETED);
        reaching().complete(endDate, today);
        return move(ProjectStatus.COMPLETED, actor, now, note);
    }

    /** 完工 → 验收: records when and by whom the works were accepted. */
    ProjectTransition accept(LocalDate date, String body, LocalDate today, String actor, Instant now, String note) {
        requireNext(ProjectStatus.ACCEPTED);
        reaching().accept(date, body, today);
        return move(ProjectStatus.ACCEPTED, actor, now, note);
    }

    /** 验收 → 移交长效管理: handed over to long-term management on or after acceptance. */
    ProjectTransition handOver(LocalDate date, LocalDate today, String actor, Instant now, String note) {
        requireNext(ProjectStatus.HANDED_OVER);
        reaching().handOver(date, today);
        return move(ProjectStatus.HANDED_OVER, actor, now, note);
    }

    private ProjectTransition move(ProjectStatus target, String actor, Instant now, String note) {
        requireNext(target);
        if (note != null && note.length() > 1000) {
            throw new DomainException("error.tooLong", 1000);
        }
        ProjectStatus from = status;
        status = target;
        return new ProjectTransition(getId(), from, target, now, actor, blankToNull(note));
    }

    /** Steps are taken one after another: checked before a step's own rules, so that it is refused first. */
    private void requireNext(ProjectStatus target) {
        if (status.next() != target) {
            throw new DomainException("project.error.illegalTransition", MessageKey.of(status.labelKey()),
                    MessageKey.of(target.labelKey()));
        }
    }

    Map<String, String> snapshot() {
        return Snapshot.of().put("code", code).put("name", name).put("year", year).put("pilot", pilot)
                .put("implementingUnit", implementingUnit)
                .put("budget", budget == null ? null : budget.toPlainString())
                .put("plannedStart", plannedStart).put("plannedEnd", plannedEnd)
                .put("actualStart", milestones().actualStart()).put("actualEnd", milestones().actualEnd())
                .put("acceptanceDate", milestones().acceptanceDate())
                .put("acceptanceBody", milestones().acceptanceBody())
                .put("handoverDate", milestones().handoverDate()).put("status", status)
                .put("compoundIds", new TreeSet<>(compoundIds)).put("buildings", scope().joined())
                .put("unit", scope().unit()).put("description", description)
                .toMap();
    }

    /** The milestones to record a step in; none loaded yet means none reached. */
    private Milestones reaching() {
        if (milestones == null) {
            milestones = new Milestones();
        }
        return milestones;
    }

    /** Read-only: a scope put in place here on loading would count as a change to the project. */
    private BuildingScope scope() {
        return scope == null ? BuildingScope.whole() : scope;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    int getYear() {
        return year;
    }

    boolean isPilot() {
        return pilot;
    }

    String getImplementingUnit() {
        return implementingUnit;
    }

    BigDecimal getBudget() {
        return budget;
    }

    LocalDate getPlannedStart() {
        return plannedStart;
    }

    LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    /** The dates the project has reached so far (read only: none reached, all empty). */
    Milestones milestones() {
        return milestones == null ? new Milestones() : milestones;
    }

    String getDescription() {
        return description;
    }

    ProjectStatus getStatus() {
        return status;
    }

    Set<Long> getCompoundIds() {
        return Set.copyOf(compoundIds);
    }

    /** The buildings the project touches in its compound; empty: the whole compounds. */
    List<String> getScopeBuildings() {
        return scope().buildings();
    }

    String getScopeUnit() {
        return scope().unit();
    }

    boolean isSample() {
        return sample;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
