package org.chenggeng.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.chenggeng.shared.BaseEntity;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.Snapshot;

import java.util.Map;
import java.util.regex.Pattern;

/** A source of money (中央补助资金 …) in the list the administrator keeps; retired rather than deleted. */
@Entity
@Table(name = "funding_source")
class FundingSource extends BaseEntity {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,29}");

    @Column(nullable = false, unique = true, length = 30)
    private String code;
    @Column(name = "name_zh", nullable = false, length = 60)
    private String nameZh;
    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;
    @Column(nullable = false)
    private boolean retired;

    protected FundingSource() {
    }

    FundingSource(FundingSourceData data) {
        String newCode = data.code() == null ? "" : data.code().trim();
        if (!CODE.matcher(newCode).matches()) {
            throw new DomainException("funding.source.error.code");
        }
        this.code = newCode;
        update(data);
    }

    /** New names and place in the list; the code stays, because imports and the ledger's exports name it. */
    void update(FundingSourceData data) {
        this.nameZh = name(data.nameZh(), 60);
        this.nameEn = name(data.nameEn(), 100);
        if (data.sortOrder() < 0 || data.sortOrder() > 9999) {
            throw new DomainException("funding.source.error.sortOrder");
        }
        this.sortOrder = data.sortOrder();
    }

    void retire(boolean value) {
        this.retired = value;
    }

    private static String name(String value, int max) {
        if (value == null || value.isBlank()) {
            throw new DomainException("funding.source.error.nameRequired");
        }
        if (value.trim().length() > max) {
            throw new DomainException("error.tooLong", max);
        }
        return value.trim();
    }

    Map<String, String> snapshot() {
        return Snapshot.of().put("code", code).put("nameZh", nameZh).put("nameEn", nameEn).put("sortOrder", sortOrder)
                .put("retired", retired).toMap();
    }

    FundingSourceRow row() {
        return new FundingSourceRow(getId(), getVersion(), code, nameZh, nameEn, sortOrder, retired);
    }

    String getCode() {
        return code;
    }

    boolean isRetired() {
        return retired;
    }
}
