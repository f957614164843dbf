package org.chenggeng.consultation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTest {

    @Test
    void namesKeepOnlyTheFirstCharacter() {
        assertThat(Masking.name("张三")).isEqualTo("张*");
        assertThat(Masking.name("欧阳娜娜")).isEqualTo("欧***");
        assertThat(Masking.name("王")).isEqualTo("王*");
        assertThat(Masking.name(null)).isNull();
    }

    @Test
    void phonesKeepTheFirstThreeAndLastFourDigits() {
        assertThat(Masking.phone("13812341234")).isEqualTo("138****1234");
        assertThat(Masking.phone("022-2431 5678")).isEqualTo("022****5678");
        assertThat(Masking.phone("12345")).isEqualTo("*****");
    }

    @Test
    void roomsKeepOnlyTheFirstCharacter() {
        assertThat(Masking.room("302")).isEqualTo("3**");
        assertThat(Masking.room("1101")).isEqualTo("1***");
        assertThat(Masking.room("5")).isEqualTo("*");
    }

    @Test
    void addressesSortAsPeopleReadThem() {
        assertThat(java.util.stream.Stream.of("10号楼", "2号楼", "1号楼").sorted(NaturalOrder.INSTANCE).toList())
                .containsExactly("1号楼", "2号楼", "10号楼");
        assertThat(java.util.stream.Stream.of("1101", "302", "1002", "301").sorted(NaturalOrder.INSTANCE).toList())
                .containsExactly("301", "302", "1002", "1101");
    }
}
