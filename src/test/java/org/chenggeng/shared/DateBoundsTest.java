package org.chenggeng.shared;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DateBoundsTest {

    @Test
    void datesFrom1949ToTheEndOfTheCenturyPassAndOthersAreRefusedNamingTheField() {
        assertThat(DateBounds.requireSane(DateBounds.MIN, "from")).isEqualTo(LocalDate.of(1949, 1, 1));
        assertThat(DateBounds.requireSane(DateBounds.MAX, "to")).isEqualTo(LocalDate.of(2100, 12, 31));
        assertThat(DateBounds.requireSane(null, "to")).isNull();
        assertThatThrownBy(() -> DateBounds.requireSane(LocalDate.MIN, "from"))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo("date.error.outOfRange"))
                .satisfies(e -> assertThat(((DomainException) e).arguments()).startsWith("from"));
        assertThat(DateBounds.isSane(LocalDate.of(1948, 12, 31))).isFalse();
        assertThat(DateBounds.isSane(LocalDate.of(2101, 1, 1))).isFalse();
    }
}
