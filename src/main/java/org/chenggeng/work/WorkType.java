package org.chenggeng.work;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.chenggeng.shared.BaseEntity;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.Snapshot;

import java.util.Map;
import java.util.regex.Pattern;

/** A kind of renovation work in the catalogue, with the words a report uses for it. */
@Entity
@Table(name = "work_type")
class WorkType extends BaseEntity {

    private static final Pattern CODE = WorkTypeData.CODE;

    @Column(nullable = false, unique = true, length = 40)
    private String code;
    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;
    @Column(name = "name_en", nullable = false, length = 150)
    private String nameEn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private WorkCategory category;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Unit unit;
    @Enumerated(EnumType.STRING)
    @Column(name = "report_section", nullable = false, length = 20)
    private ReportSection section;
    @Column(name = "verb_zh", nullable = false, length = 20)
    private String verbZh;
    @Column(name = "object_zh", nullable = false, length = 60)
    private String objectZh;
    @Enumerated(EnumType.STRING)
    @Column(name = "phrase_order", nullable = false, length = 30)
    private PhraseOrder phraseOrder;
    @Column(name = "verb_en", nullable = false, length = 40)
    private String verbEn;
    @Column(name = "object_en", nullable = false, length = 100)
    private String objectEn;
    @Column(name = "object_en_plural", nullable = false, length = 100)
    private String objectEnPlural;
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;
    @Column(nullable = false)
    private boolean narrative = true;
    @Column(nullable = false)
    private boolean retired;

    protected WorkType() {
    }

    WorkType(WorkTypeData data) {
        update(data);
    }

    void update(WorkTypeData d) {
        if (d.code() == null || !CODE.matcher(d.code().trim()).matches()) {
            throw new DomainException("workType.error.code");
        }
        requireText(d.nameZh(), 100);
        requireText(d.nameEn(), 150);
        requireText(d.verbZh(), 20);
        requireText(d.objectZh(), 60);
        requireText(d.verbEn(), 40);
        requireText(d.objectEn(), 100);
        requireText(d.objectEnPlural(), 100);
        if (d.category() == null || d.unit() == null || d.section() == null || d.phraseOrder() == null) {
            throw new DomainException("workType.error.required");
        }
        this.code = d.code().trim();
        this.nameZh = d.nameZh().trim();
        this.nameEn = d.nameEn().trim();
        this.category = d.category();
        this.unit = d.unit();
        this.section = d.section();
        this.verbZh = d.verbZh().trim();
        this.objectZh = d.objectZh().trim();
        this.phraseOrder = d.phraseOrder();
        this.verbEn = d.verbEn().trim();
        this.objectEn = d.objectEn().trim();
        this.objectEnPlural = d.objectEnPlural().trim();
        this.sortOrder = d.sortOrder();
        this.narrative = d.narrative();
    }

    private static void requireText(String s, int max) {
        if (s == null || s.isBlank()) {
            throw new DomainException("workType.error.required");
        }
        if (s.trim().length() > max) {
            throw new DomainException("error.tooLong", max);
        }
    }

    void retire() {
        this.retired = true;
    }

    void reinstate() {
        this.retired = false;
    }

    WorkTypeData data() {
        return new WorkTypeData(code, nameZh, nameEn, category, unit, section, verbZh, objectZh, phraseOrder, verbEn,
                objectEn, objectEnPlural, sortOrder, narrative);
    }

    Map<String, String> snapshot() {
        WorkTypeData d = data();
        return Snapshot.of().put("code", d.code()).put("nameZh", d.nameZh()).put("nameEn", d.nameEn())
                .put("category", d.category()).put("unit", d.unit()).put("section", d.section())
                .put("verbZh", d.verbZh()).put("objectZh", d.objectZh()).put("phraseOrder", d.phraseOrder())
                .put("verbEn", d.verbEn()).put("objectEn", d.objectEn()).put("objectEnPlural", d.objectEnPlural())
                .put("sortOrder", d.sortOrder()).put("narrative", d.narrative()).put("retired", retired).toMap();
    }

    String getCode() {
        return code;
    }

    Unit getUnit() {
        return unit;
    }

    WorkCategory getCategory() {
        return category;
    }

    boolean isRetired() {
        return retired;
    }
}
