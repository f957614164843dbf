package org.chenggeng.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.Locale;

/** A checklist line as it was checked: its words (copied from the template at the time) and the result. */
@Embeddable
public record Check(@Column(name = "text_zh", nullable = false, length = 200) String textZh,
                    @Column(name = "text_en", nullable = false, length = 300) String textEn,
                    @Enumerated(EnumType.STRING) @Column(name = "check_result", nullable = false, length = 20)
                    CheckResult result) {

    public String text(Locale locale) {
        return "en".equals(locale.getLanguage()) ? textEn : textZh;
    }
}
