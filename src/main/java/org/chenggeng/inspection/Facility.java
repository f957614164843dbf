package org.chenggeng.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.util.Locale;

/** A facility handed over: the work item it came from, its names and the quantity completed, in its unit. */
@Embeddable
public record Facility(@Column(name = "work_item_id", nullable = false) Long workItemId,
                       @Column(name = "work_type_id", nullable = false) Long workTypeId,
                       @Column(name = "name_zh", nullable = false, length = 400) String nameZh,
                       @Column(name = "name_en", nullable = false, length = 400) String nameEn,
                       @Column(name = "quantity", nullable = false, precision = 16, scale = 2) BigDecimal quantity,
                       @Column(name = "unit", nullable = false, length = 20) String unit) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
