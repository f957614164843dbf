package org.chenggeng.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.chenggeng.shared.BaseEntity;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.Snapshot;

import java.util.Map;

/**
 * One line of the checklist the administrator keeps for a kind of inspection. Never deleted, only deactivated:
 * an inspection copies the lines it was recorded with, so changing the template changes no recorded inspection.
 */
@Entity
@Table(name = "inspection_template_item")
class TemplateItem extends BaseEntity {

    static final int MAX_ZH = 200;
    static final int MAX_EN = 300;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InspectionKind kind;
    @Column(name = "text_zh", nullable = false, length = MAX_ZH)
    private String textZh;
    @Column(name = "text_en", nullable = false, length = MAX_EN)
    private String textEn;
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;
    @Column(nullable = false)
    private boolean active = true;

    protected TemplateItem() {
    }

    TemplateItem(InspectionKind kind, String textZh, String textEn, int sortOrder) {
        if (kind == null) {
            throw new DomainException("inspection.error.kindRequired");
        }
        this.kind = kind;
        this.sortOrder = sortOrder;
        rename(textZh, textEn);
    }

    void rename(String zh, String en) {
        this.textZh = text(zh, MAX_ZH);
        this.textEn = text(en, MAX_EN);
    }

    void setActive(boolean active) {
        this.active = active;
    }

    void moveTo(int newSortOrder) {
        this.sortOrder = newSortOrder;
    }

    private static String text(String value, int max) {
        String t = value == null ? "" : value.strip();
        if (t.isEmpty() || t.length() > max) {
            throw new DomainException("inspection.error.templateText", max);
        }
        return t;
    }

    Map<String, String> snapshot() {
        return Snapshot.of().put("kind", kind).put("textZh", textZh).put("textEn", textEn).put("sortOrder", sortOrder)
                .put("active", active).toMap();
    }

    InspectionKind getKind() {
        return kind;
    }

    String getTextZh() {
        return textZh;
    }

    String getTextEn() {
        return textEn;
    }

    int getSortOrder() {
        return sortOrder;
    }

    boolean isActive() {
        return active;
    }
}
