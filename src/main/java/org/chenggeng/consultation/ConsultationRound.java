package org.chenggeng.consultation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import org.chenggeng.shared.BaseEntity;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.Snapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A consultation round (意见征询) of a project: kind, method, scope, dates, consent rule and the work items it
 * proposes. It takes answers while open; {@link #close} makes it read-only for good.
 */
@Entity
@Table(name = "consultation_round")
class ConsultationRound extends BaseEntity {

    @Column(name = "project_id", nullable = false)
    private Long projectId;
    @Column(nullable = false)
    private int number;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RoundKind kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RoundMethod method;
    @Column(name = "compound_id", nullable = false)
    private Long compoundId;
    @Enumerated(EnumType.STRING)
    @Column(name = "scope_kind", nullable = false, length = 20)
    private ScopeKind scopeKind;
    @Column(name = "scope_buildings", length = 200)
    private String scopeBuildings;
    @Column(name = "scope_unit", length = 20)
    private String scopeUnit;
    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;
    @Column(name = "closes_on")
    private LocalDate closesOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "consent_rule", length = 30)
    private ConsentRule consentRule;
    @Column(length = 2000)
    private String summary;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RoundStatus status = RoundStatus.OPEN;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "closed_by", length = 50)
    private String closedBy;
    @ElementCollection
    @CollectionTable(name = "consultation_round_item", joinColumns = @JoinColumn(name = "round_id"))
    @Column(name = "work_item_id")
    private Set<Long> workItemIds = new HashSet<>();
    @ElementCollection
    @CollectionTable(name = "consultation_round_tally", joinColumns = @JoinColumn(name = "round_id"))
    @MapKeyColumn(name = "item_key")
    private Map<Long, FrozenTally> frozen = new HashMap<>();

    protected ConsultationRound() {
    }

    ConsultationRound(Long projectId, int number, RoundData data) {
        this.projectId = projectId;
        this.number = number;
        apply(data);
    }

    void update(RoundData data) {
        requireOpen();
        apply(data);
    }

    private void apply(RoundData data) {
        if (data.kind() == null || data.method() == null || data.compoundId() == null || data.scopeKind() == null
                || data.opensOn() == null) {
            throw new DomainException("round.error.required");
        }
        if (data.closesOn() != null && data.closesOn().isBefore(data.opensOn())) {
            throw new DomainException("round.error.closesBeforeOpens");
        }
        if (data.kind() == RoundKind.CONSENT && data.consentRule() == null) {
            throw new DomainException("round.error.ruleRequired");
        }
        List<String> buildings = data.buildings().stream().map(String::trim).filter(b -> !b.isEmpty()).distinct().toList();
        switch (data.scopeKind()) {
            case COMPOUND -> {
                this.scopeBuildings = null;
                this.scopeUnit = null;
            }
            case BUILDINGS -> {
                if (buildings.isEmpty()) {
                    throw new DomainException("round.error.buildingsRequired");
                }
                String joined = String.join(",", new TreeSet<>(buildings));
                if (joined.length() > 200) {
                    throw new DomainException("error.tooLong", 200);
                }
                this.scopeBuildings = joined;
                this.scopeUnit = null;
            }
            case STAIRWELL -> {
                if (buildings.size() != 1 || data.unit() == null || data.unit().isBlank()) {
                    throw new DomainException("round.error.stairwellRequired");
                }
                this.scopeBuildings = buildings.getFirst();
                this.scopeUnit = data.unit().trim();
            }
        }
        String s = data.summary() == null || data.summary().isBlank() ? null : data.summary().trim();
        if (s != null && s.length() > 2000) {
            throw new DomainException("error.tooLong", 2000);
        }
        this.kind = data.kind();
        this.method = data.method();
        this.compoundId = data.compoundId();
        this.scopeKind = data.scopeKind();
        this.opensOn = data.opensOn();
        this.closesOn = data.closesOn();
        this.consentRule = data.kind() == RoundKind.CONSENT ? data.consentRule() : null;
        this.summary = s;
        this.workItemIds = new HashSet<>(data.workItemIds());
    }

    /** Whether a household of the round's compound is asked in this round. */
    boolean covers(Household h) {
        if (!h.getCompoundId().equals(compoundId)) {
            return false;
        }
        return switch (scopeKind) {
            case COMPOUND -> true;
            case BUILDINGS -> buildings().contains(h.getBuilding());
            case STAIRWELL -> scopeBuildings.equals(h.getBuilding()) && scopeUnit.equals(h.getUnit());
        };
    }

    List<String> buildings() {
        return scopeBuildings == null ? List.of() : Arrays.asList(scopeBuildings.split(","));
    }

    /**
     * Closes the round; its answers and tally are final from now on. The tally as counted now is kept with the
     * round, so that later changes to the register never change a closed round's figures.
     */
    void close(String actor, Instant now, LocalDate today, RoundTallies.Counted counted) {
        requireOpen();
        freeze(counted);
        this.status = RoundStatus.CLOSED;
        this.closedAt = now;
        this.closedBy = actor;
        if (closesOn == null || closesOn.isAfter(today)) {
            this.closesOn = today.isBefore(opensOn) ? opensOn : today;
        }
    }

    /** Keeps the figures of a closed round; a round closed before figures were kept gets them once. */
    void freeze(RoundTallies.Counted counted) {
        if (!frozen.isEmpty()) {
            throw new IllegalStateException("round " + getId() + " is frozen already");
        }
        frozen.put(HouseholdResponse.WHOLE_ROUND, new FrozenTally(counted.round(), counted.recorded()));
        counted.items().forEach((item, tally) -> frozen.put(item, new FrozenTally(tally, counted.recorded())));
    }

    /** The figures kept when the round closed, or {@code null} while it is open (or not yet frozen). */
    RoundTallies.Counted frozenCount() {
        FrozenTally whole = frozen.get(HouseholdResponse.WHOLE_ROUND);
        if (whole == null) {
            return null;
        }
        Map<Long, Tally> items = new java.util.LinkedHashMap<>();
        new TreeSet<>(frozen.keySet()).stream().filter(k -> k != HouseholdResponse.WHOLE_ROUND)
                .forEach(k -> items.put(k, frozen.get(k).tally(consentRule, kind)));
        return new RoundTallies.Counted(whole.tally(consentRule, kind), items, whole.recorded());
    }

    void requireOpen() {
        if (status == RoundStatus.CLOSED) {
            throw new DomainException("round.error.closed", number);
        }
    }

    Map<String, String> snapshot() {
        return Snapshot.of().put("projectId", projectId).put("number", number).put("kind", kind).put("method", method)
                .put("compoundId", compoundId).put("scope", scopeKind).put("buildings", scopeBuildings)
                .put("unit", scopeUnit).put("opensOn", opensOn).put("closesOn", closesOn).put("rule", consentRule)
                .put("workItems", new TreeSet<>(workItemIds)).put("status", status).put("summary", summary).toMap();
    }

    Long getProjectId() {
        return projectId;
    }

    int getNumber() {
        return number;
    }

    RoundKind getKind() {
        return kind;
    }

    RoundMethod getMethod() {
        return method;
    }

    Long getCompoundId() {
        return compoundId;
    }

    ScopeKind getScopeKind() {
        return scopeKind;
    }

    String getScopeUnit() {
        return scopeUnit;
    }

    LocalDate getOpensOn() {
        return opensOn;
    }

    LocalDate getClosesOn() {
        return closesOn;
    }

    ConsentRule getConsentRule() {
        return consentRule;
    }

    String getSummary() {
        return summary;
    }

    RoundStatus getStatus() {
        return status;
    }

    Instant getClosedAt() {
        return closedAt;
    }

    String getClosedBy() {
        return closedBy;
    }

    Set<Long> getWorkItemIds() {
        return Set.copyOf(workItemIds);
    }
}
