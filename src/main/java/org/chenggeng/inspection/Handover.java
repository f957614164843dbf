package org.chenggeng.inspection;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.chenggeng.shared.BaseEntity;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.Snapshot;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The hand-over of a project's works to long-term management (移交长效管理): the receiving body, the date (on or
 * after the acceptance), the maintenance fund arrangement, the facilities handed over and each work type's warranty.
 * Recorded once; a repair under a warranty is accepted until the warranty's last day.
 */
@Entity
@Table(name = "handover")
class Handover extends BaseEntity {

    /** The longest warranty recorded, 50 years: a typed 600 is plausible, 6000 a slip. */
    static final int MAX_MONTHS = 600;

    @Column(name = "project_id", nullable = false, unique = true)
    private Long projectId;
    @Enumerated(EnumType.STRING)
    @Column(name = "receiving_kind", nullable = false, length = 20)
    private ReceivingKind kind;
    @Column(name = "receiving_body", nullable = false, length = 200)
    private String receivingBody;
    @Column(name = "handed_over_on", nullable = false)
    private LocalDate handedOverOn;
    @Column(name = "fund_arrangement", nullable = false, length = 1000)
    private String fundArrangement;
    @Column(name = "fund_amount", precision = 16, scale = 2)
    private BigDecimal fundAmount;
    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(nullable = false)
    private boolean sample;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "handover_facility", joinColumns = @JoinColumn(name = "handover_id"))
    @OrderColumn(name = "sort_order")
    private List<Facility> facilities = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "handover_warranty", joinColumns = @JoinColumn(name = "handover_id"))
    @MapKeyColumn(name = "work_type_id")
    @Column(name = "months")
    private Map<Long, Integer> warranties = new HashMap<>();

    protected Handover() {
    }

    /**
     * A hand-over of the given facilities; every work type among them needs its warranty. {@code acceptedOn} is the
     * project's acceptance, which the hand-over cannot precede.
     */
    Handover(long projectId, HandoverData data, List<Facility> facilities, LocalDate acceptedOn, LocalDate today,
             String recordedBy, Instant now, boolean sample) {
        if (data.kind() == null) {
            throw new DomainException("handover.error.kindRequired");
        }
        if (data.receivingBody() == null || data.receivingBody().isBlank()) {
            throw new DomainException("handover.error.bodyRequired");
        }
        if (data.receivingBody().strip().length() > 200) {
            throw new DomainException("error.tooLong", 200);
        }
        RecordDates.check(data.date(), "handover.error.dateRequired", "handover.date", today);
        if (acceptedOn != null && data.date().isBefore(acceptedOn)) {
            throw new DomainException("project.error.handoverBeforeAcceptance");
        }
        if (data.fundArrangement() == null || data.fundArrangement().isBlank()) {
            throw new DomainException("handover.error.fundRequired");
        }
        if (data.fundArrangement().strip().length() > 1000) {
            throw new DomainException("error.tooLong", 1000);
        }
        if (data.fundAmount() != null && (data.fundAmount().signum() < 0 || data.fundAmount().scale() > 2
                || data.fundAmount().precision() - data.fundAmount().scale() > 14)) {
            throw new DomainException("handover.error.fundAmount");
        }
        Set<Long> types = facilities.stream().map(Facility::workTypeId).collect(Collectors.toSet());
        for (Long type : types) {
            Integer months = data.warrantyMonths().get(type);
            if (months == null) {
                throw new DomainException("handover.error.warrantyRequired", facilities.stream()
                        .filter(f -> f.workTypeId().equals(type)).findFirst().orElseThrow().nameZh());
            }
            if (months < 0 || months > MAX_MONTHS) {
                throw new DomainException("handover.error.warrantyRange", MAX_MONTHS);
            }
        }
        this.projectId = projectId;
        this.kind = data.kind();
        this.receivingBody = data.receivingBody().strip();
        this.handedOverOn = data.date();
        this.fundArrangement = data.fundArrangement().strip();
        this.fundAmount = data.fundAmount();
        this.facilities = new ArrayList<>(facilities);
        this.warranties = new HashMap<>(data.warrantyMonths().entrySet().stream()
                .filter(e -> types.contains(e.getKey())).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        this.recordedBy = recordedBy;
        this.recordedAt = now;
        this.sample = sample;
    }

    /** The last day a repair of the work type is under warranty; {@code null} for a type not handed over. */
    LocalDate warrantyEnds(long workTypeId) {
        Integer months = warranties.get(workTypeId);
        return months == null ? null : handedOverOn.plusMonths(months);
    }

    Map<String, String> snapshot() {
        return Snapshot.of().put("projectId", projectId).put("kind", kind).put("receivingBody", receivingBody)
                .put("handedOverOn", handedOverOn).put("fundArrangement", fundArrangement)
                .put("fundAmount", fundAmount == null ? null : fundAmount.toPlainString())
                .put("facilities", facilities.stream().map(f -> f.nameZh() + " " + f.quantity().toPlainString() + f.unit())
                        .collect(Collectors.joining("; ")))
                .put("warrantyMonths", new TreeMap<>(warranties)).toMap();
    }

    Long getProjectId() {
        return projectId;
    }

    ReceivingKind getKind() {
        return kind;
    }

    String getReceivingBody() {
        return receivingBody;
    }

    LocalDate getHandedOverOn() {
        return handedOverOn;
    }

    String getFundArrangement() {
        return fundArrangement;
    }

    BigDecimal getFundAmount() {
        return fundAmount;
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

    List<Facility> getFacilities() {
        return List.copyOf(facilities);
    }

    Map<Long, Integer> getWarranties() {
        return Map.copyOf(warranties);
    }
}
