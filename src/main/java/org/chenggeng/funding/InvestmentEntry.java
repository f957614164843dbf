package org.chenggeng.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.chenggeng.shared.DomainException;
import org.hibernate.annotations.Immutable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/**
 * One line of the investment ledger: money from a source spent on a project in a month, or the correction of an
 * earlier line (a signed difference with its reason). Never updated, never deleted.
 */
@Entity
@Immutable
@Table(name = "investment_entry")
class InvestmentEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_id", nullable = false)
    private Long projectId;
    @Column(name = "source_id", nullable = false)
    private Long sourceId;
    @Column(name = "entry_month", nullable = false)
    private int month;
    @Column(nullable = false, precision = 16, scale = 2)
    private BigDecimal amount;
    @Column(length = 500)
    private String note;
    @Column(name = "corrects_id")
    private Long correctsId;
    @Column(length = 500)
    private String reason;
    @Column(name = "recorded_by", nullable = false, length = 50)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(name = "import_key", length = 64)
    private String importKey;

    protected InvestmentEntry() {
    }

    private InvestmentEntry(Long projectId, Long sourceId, YearMonth month, BigDecimal amount, String note,
                            Long correctsId, String reason, String recordedBy, Instant recordedAt, String importKey) {
        this.projectId = projectId;
        this.sourceId = sourceId;
        this.month = key(month);
        this.amount = amount;
        this.note = note;
        this.correctsId = correctsId;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.importKey = importKey;
    }

    /** Money spent: a positive amount with at most two decimals, an optional note of at most 500 characters. */
    static InvestmentEntry spent(Long projectId, Long sourceId, YearMonth month, BigDecimal amount, String note,
                                 String by, Instant at, String importKey) {
        BigDecimal checked = Money.checked(amount, false);
        if (checked.signum() == 0) {
            throw new DomainException("funding.error.amountZero");
        }
        String text = note == null || note.isBlank() ? null : note.trim();
        if (text != null && text.length() > 500) {
            throw new DomainException("error.tooLong", 500);
        }
        return new InvestmentEntry(projectId, sourceId, month, checked, text, null, null, by, at, importKey);
    }

    /**
     * The correction of this entry, which now counts {@code counted} (its amount and earlier corrections), to the
     * amount it should have had: a line in the same month and source carrying the difference and the reason.
     */
    InvestmentEntry correctedTo(BigDecimal counted, BigDecimal rightAmount, String why, String by, Instant at) {
        if (correctsId != null) {
            throw new DomainException("funding.error.correctCorrection");
        }
        BigDecimal right = Money.checked(rightAmount, false);
        if (why == null || why.isBlank()) {
            throw new DomainException("funding.error.reasonRequired");
        }
        if (why.trim().length() > 500) {
            throw new DomainException("error.tooLong", 500);
        }
        BigDecimal difference = right.subtract(counted);
        if (difference.signum() == 0) {
            throw new DomainException("funding.error.sameAmount");
        }
        return new InvestmentEntry(projectId, sourceId, getMonth(), difference, null, id, why.trim(), by, at, null);
    }

    static int key(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    static YearMonth month(int key) {
        return YearMonth.of(key / 100, key % 100);
    }

    Long getId() {
        return id;
    }

    Long getProjectId() {
        return projectId;
    }

    Long getSourceId() {
        return sourceId;
    }

    YearMonth getMonth() {
        return month(month);
    }

    int getMonthKey() {
        return month;
    }

    BigDecimal getAmount() {
        return amount;
    }

    String getNote() {
        return note;
    }

    Long getCorrectsId() {
        return correctsId;
    }

    String getReason() {
        return reason;
    }

    String getRecordedBy() {
        return recordedBy;
    }

    Instant getRecordedAt() {
        return recordedAt;
    }

    String getImportKey() {
        return importKey;
    }
}
