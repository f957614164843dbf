package org.chenggeng.shared.ui;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Months read the way each language writes them, not as ISO text. */
class FormatsTest {

    @Test
    void aMonthReadsAsChineseAndEnglishWriteIt() {
        assertThat(Formats.month(YearMonth.of(2026, 11), Locale.SIMPLIFIED_CHINESE)).isEqualTo("2026年11月");
        assertThat(Formats.month(YearMonth.of(2026, 3), Locale.SIMPLIFIED_CHINESE)).isEqualTo("2026年3月");
        assertThat(Formats.month(YearMonth.of(2026, 11), Locale.ENGLISH)).isEqualTo("Nov 2026");
    }
}
