package org.chenggeng.project;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A renewal project. Its status is never set directly: each lifecycle step is a method that checks the
 * step's precondition and returns the transition record to keep.
 */
@Entity
@Table(name = "project")
class Project extends BaseEntity {

    /** The buildings residents consented to are fixed at 立项: they change only before it. */
    private static final Set<ProjectStatus> SCOPE_OPEN = EnumSet.of(ProjectStatus.PLANNING, ProjectStatus.CONSULTING);
    private static final Pattern CODE = ProjectData.CODE;

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

    @Column(name = "actual_start")
    private LocalDate actualStart;

    @Column(name = "actual_end")
    private LocalDate actualEnd;

    @Column(name = "acceptance_date")
    private LocalDate acceptanceDate;

    @Column(name = "acceptance_body", length = 200)
    private String acceptanceBody;

    @Column(name = "handover_date")
    private LocalDate handoverDate;

    @Column(length = 2000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProjectStatus status = ProjectStatus.PLANNING;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_compound", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "compound_id")
    private Set<Long> compoundIds = new HashSet<>();

    @Column(name = "scope_buildings", length = 200)
    private String scopeBuildings;

    @Column(name = "scope_unit", length = 20)
    private String scopeUnit;

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
        if (!CODE.matcher(newCode).matches()) {
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
        String buildings = data.buildings().isEmpty() ? null : String.join(",", data.buildings());
        if (!data.buildings().isEmpty() && data.compoundIds().size() != 1) {
            throw new DomainException("project.error.scopeOneCompound");
        }
        if (data.unit() != null && data.buildings().size() != 1) {
            throw new DomainException("project.error.scopeUnitBuilding");
        }
        if (buildings != null && buildings.length() > 200 || data.unit() != null && data.unit().length() > 20) {
            throw new DomainException("error.tooLong", buildings != null && buildings.length() > 200 ? 200 : 20);
        }
        boolean scopeChanged = !java.util.Objects.equals(buildings, scopeBuildings)
                || !java.util.Objects.equals(data.unit(), scopeUnit);
        if (scopeChanged && !SCOPE_OPEN.contains(status)) {
            throw new DomainException("project.error.scopeFixed");
        }
        this.scopeBuildings = buildings;
        this.scopeUnit = data.unit();
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
        requireStatus(ProjectStatus.APPROVED);
        if (startDate == null) {
            throw new DomainException("project.error.startDateRequired");
        }
        if (startDate.isAfter(today)) {
            throw new DomainException("error.dateInFuture");
        }
        this.actualStart = startDate;
        return move(ProjectStatus.IN_PROGRESS, actor, now, note);
    }

    /** 施工 → 完工: the completion date lies between the start and today. */
    ProjectTransition complete(LocalDate endDate, LocalDate today, String actor, Instant now, String note) {
        requireStatus(ProjectStatus.IN_PROGRESS);
        if (endDate == null) {
            throw new DomainException("project.error.endDateRequired");
        }
        if (endDate.isAfter(today)) {
            throw new DomainException("error.dateInFuture");
        }
        if (actualStart != null && endDate.isBefore(actualStart)) {
            throw new DomainException("project.error.endBeforeStart");
        }
        this.actualEnd = endDate;
        return move(ProjectStatus.COMPLETED, actor, now, note);
    }

    /** 完工 → 验收: records when and by whom the works were accepted. */
    ProjectTransition accept(LocalDate date, String body, LocalDate today, String actor, Instant now, String note) {
        requireStatus(ProjectStatus.COMPLETED);
        if (date == null || body == null || body.isBlank()) {
            throw new DomainException("project.error.acceptanceRequired");
        }
        if (date.isAfter(today)) {
            throw new DomainException("error.dateInFuture");
        }
        if (actualEnd != null && date.isBefore(actualEnd)) {
            throw new DomainException("project.error.acceptanceBeforeEnd");
        }
        if (body.trim().length() > 200) {
            throw new DomainException("error.tooLong", 200);
        }
        this.acceptanceDate = date;
        this.acceptanceBody = body.trim();
        return move(ProjectStatus.ACCEPTED, actor, now, note);
    }

    /** 验收 → 移交长效管理: handed over to long-term management on or after acceptance. */
    ProjectTransition handOver(LocalDate date, LocalDate today, String actor, Instant now, String note) {
        requireStatus(ProjectStatus.ACCEPTED);
        if (date == null) {
            throw new DomainException("project.error.handoverDateRequired");
        }
        if (date.isAfter(today)) {
            throw new DomainException("error.dateInFuture");
        }
        if (acceptanceDate != null && date.isBefore(acceptanceDate)) {
            throw new DomainException("project.error.handoverBeforeAcceptance");
        }
        this.handoverDate = date;
        return move(ProjectStatus.HANDED_OVER, actor, now, note);
    }

    private ProjectTransition move(ProjectStatus target, String actor, Instant now, String note) {
        if (status.next() != target) {
            throw new DomainException("project.error.illegalTransition", MessageKey.of(status.labelKey()),
                    MessageKey.of(target.labelKey()));
        }
        if (note != null && note.length() > 1000) {
            throw new DomainException("error.tooLong", 1000);
        }
        ProjectStatus from = status;
        status = target;
        return new ProjectTransition(getId(), from, target, now, actor, blankToNull(note));
    }

    private void requireStatus(ProjectStatus expected) {
        if (status != expected) {
            throw new DomainException("project.error.illegalTransition", MessageKey.of(status.labelKey()),
                    MessageKey.of(expected.next().labelKey()));
        }
    }

    Map<String, String> snapshot() {
        return Snapshot.of().put("code", code).put("name", name).put("year", year).put("pilot", pilot)
                .put("implementingUnit", implementingUnit)
                .put("budget", budget == null ? null : budget.toPlainString())
                .put("plannedStart", plannedStart).put("plannedEnd", plannedEnd)
                .put("actualStart", actualStart).put("actualEnd", actualEnd)
                .put("acceptanceDate", acceptanceDate).put("acceptanceBody", acceptanceBody)
                .put("handoverDate", handoverDate).put("status", status)
                .put("compoundIds", new TreeSet<>(compoundIds)).put("buildings", scopeBuildings)
                .put("unit", scopeUnit).put("description", description)
                .toMap();
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

    LocalDate getActualStart() {
        return actualStart;
    }

    LocalDate getActualEnd() {
        return actualEnd;
    }

    LocalDate getAcceptanceDate() {
        return acceptanceDate;
    }

    String getAcceptanceBody() {
        return acceptanceBody;
    }

    LocalDate getHandoverDate() {
        return handoverDate;
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
        return scopeBuildings == null ? List.of() : Arrays.asList(scopeBuildings.split(","));
    }

    String getScopeUnit() {
        return scopeUnit;
    }

    boolean isSample() {
        return sample;
    }
}
