package org.chenggeng.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A kind of project document (实施方案, 设计图纸 …), from the list the administrator keeps. */
@Entity
@Table(name = "document_type")
class DocumentType {

    @Id
    private String code;
    @Column(name = "name_zh", nullable = false)
    private String nameZh;
    @Column(name = "name_en", nullable = false)
    private String nameEn;
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;
    @Column(nullable = false)
    private boolean active;

    protected DocumentType() {
    }

    DocumentType(String code, String nameZh, String nameEn, int sortOrder) {
        this.code = code;
        this.sortOrder = sortOrder;
        this.active = true;
        rename(nameZh, nameEn);
    }

    void rename(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    int getSortOrder() {
        return sortOrder;
    }

    String getCode() {
        return code;
    }

    String getNameZh() {
        return nameZh;
    }

    String getNameEn() {
        return nameEn;
    }

    boolean isActive() {
        return active;
    }
}
