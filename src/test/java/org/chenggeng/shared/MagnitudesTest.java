package org.chenggeng.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Headline figures in 万, 亿 and 公里, as the officials' reports write them, and their English counterparts. */
class MagnitudesTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @ParameterizedTest
    @CsvSource({
            "MONEY, 87000000, 8700万元",
            "MONEY, 87123456.78, 8712万元",
            "MONEY, 125000000, 1.25亿元",
            "MONEY, 3860000000, 38.6亿元",
            "MONEY, 9999, 9999元",
            "MONEY, 9999.5, 9999.5元",
            "MONEY, 10000, 1万元",
            "MONEY, 15500, 1.55万元",
            "AREA, 943000, 94.3万平方米",
            "AREA, 942960.5, 94.3万平方米",
            "AREA, 11642, 1.16万平方米",
            "AREA, 1024, 1024平方米",
            "LENGTH, 51600000, 5.16万公里",
            "LENGTH, 6103, 6.1公里",
            "LENGTH, 999, 999米",
            "LENGTH, 1742, 1.74公里",
            "HOUSEHOLDS, 9628, 9628户",
            "HOUSEHOLDS, 96280, 9.63万户",
            "MONEY, -125000000, -1.25亿元"
    })
    void chineseFiguresClimbThroughWanAndYi(Magnitudes.Kind kind, String value, String written) {
        assertThat(Magnitudes.format(new BigDecimal(value), kind, ZH)).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "MONEY; 87000000; CNY 87 million",
            "MONEY; 125000000; CNY 125 million",
            "MONEY; 3860000000; CNY 3.86 billion",
            "MONEY; 870000; CNY 870,000",
            "AREA; 943000; 943,000 m²",
            "AREA; 94300000; 94.3 million m²",
            "LENGTH; 51600000; 51,600 km",
            "LENGTH; 1742; 1.74 km",
            "HOUSEHOLDS; 9628; 9,628 households"
    })
    void englishFiguresClimbThroughThousandsMillionsAndBillions(Magnitudes.Kind kind, String value, String written) {
        assertThat(Magnitudes.format(new BigDecimal(value), kind, Locale.ENGLISH)).isEqualTo(written);
    }

    @Test
    void theShortcutsAreTheRuleForTheirKindAndNothingIsWrittenForNoFigure() {
        assertThat(Magnitudes.money(new BigDecimal("87000000"), ZH)).isEqualTo("8700万元");
        assertThat(Magnitudes.area(new BigDecimal("943000"), ZH)).isEqualTo("94.3万平方米");
        assertThat(Magnitudes.length(new BigDecimal("51600000"), ZH)).isEqualTo("5.16万公里");
        assertThat(Magnitudes.households(9628, ZH)).isEqualTo("9628户");
        assertThat(Magnitudes.money(null, ZH)).isEmpty();
    }

    @Test
    void threeSignificantDigitsButEveryWholeOne() {
        assertThat(Magnitudes.decimals(new BigDecimal("5.163"))).isEqualTo(2);
        assertThat(Magnitudes.decimals(new BigDecimal("94.31"))).isEqualTo(1);
        assertThat(Magnitudes.decimals(new BigDecimal("8712.3"))).isZero();
    }
}
