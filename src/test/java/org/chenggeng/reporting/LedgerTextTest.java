package org.chenggeng.reporting;

import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** The ledger's bytes: numbers, decimals and date-times as Excel reads them, text as well-formed UTF-8 XML. */
class LedgerTextTest {

    private static String written(java.util.function.Consumer<LedgerText> write) {
        LedgerText text = new LedgerText(4);
        write.accept(text);
        return new String(text.bytes(), 0, text.length(), StandardCharsets.UTF_8);
    }

    @Test
    void wholeNumbersAndDecimalsAreTheirPlainDigits() {
        assertThat(written(t -> t.append(0L))).isEqualTo("0");
        assertThat(written(t -> t.append(-1_234_567_890_123L))).isEqualTo("-1234567890123");
        assertThat(written(t -> t.append(Long.MIN_VALUE))).isEqualTo(Long.toString(Long.MIN_VALUE));
        assertThat(written(t -> t.append(new BigDecimal("12.50")))).isEqualTo("12.50");
        assertThat(written(t -> t.append(new BigDecimal("-0.05")))).isEqualTo("-0.05");
        assertThat(written(t -> t.append(new BigDecimal("1E+3")))).isEqualTo("1000");
        assertThat(written(t -> t.append(new BigDecimal("123456789012345678901234")))).isEqualTo(
                "123456789012345678901234");
    }

    @Test
    void aDateTimeIsExcelsSerialNumberAndReadsBackToTheMillisecond() {
        // a tenth of a microsecond before midnight is the next day to eleven places
        assertThat(written(w -> w.serial(44715, 86_400_000_000_000L - 100))).isEqualTo("44716");
        LocalDateTime[] times = {LocalDateTime.of(2022, 6, 3, 14, 30), LocalDateTime.of(2022, 6, 3, 0, 0),
                LocalDateTime.of(2026, 12, 1, 23, 59, 59, 999_000_000), LocalDateTime.of(2024, 2, 29, 8, 5, 7, 123_000_000)};
        for (LocalDateTime t : times) {
            long days = t.toLocalDate().toEpochDay() - java.time.LocalDate.of(1899, 12, 30).toEpochDay();
            String serial = written(w -> w.serial(days, t.toLocalTime().toNanoOfDay()));
            LocalDateTime back = DateUtil.getLocalDateTime(Double.parseDouble(serial));
            assertThat(back).as(serial).isEqualTo(t);
        }
        assertThat(written(w -> w.serial(44715, 52_200_000_000_000L))).isEqualTo("44715.60416666667");
        assertThat(written(w -> w.serial(44715, 0))).isEqualTo("44715");
        assertThat(written(w -> w.serial(44715, 43_200_000_000_000L))).isEqualTo("44715.5");
    }

    @Test
    void textIsEscapedUtf8WithoutWhatXmlForbids() {
        assertThat(written(t -> t.escaped("东门 <北侧> & \"南侧\""))).isEqualTo("东门 &lt;北侧&gt; &amp; \"南侧\"");
        assertThat(written(t -> t.escaped("a\u0001b\tc\nd\u000Be\uFFFEf"))).isEqualTo("ab\tc\ndef");
        assertThat(written(t -> t.escaped("𠮷野家 é"))).isEqualTo("𠮷野家 é");
        assertThat(written(t -> t.escaped("x\uD800y"))).isEqualTo("x?y");
    }
}
