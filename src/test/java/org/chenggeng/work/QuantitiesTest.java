package org.chenggeng.work;

import org.chenggeng.shared.DomainException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuantitiesTest {

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(textBlock = """
            SEAT,         39,      ok
            SEAT,         39.00,   ok
            SEAT,         39.5,    progress.error.wholeNumber
            PLANT,        0.1,     progress.error.wholeNumber
            METER,        1742,    ok
            METER,        12.25,   ok
            SQUARE_METER, 12.255,  progress.error.twoDecimals
            METER,        0,       progress.error.quantityPositive
            METER,        -3,      progress.error.quantityPositive
            METER,        9999999999999, progress.error.tooLarge
            """)
    void aDoneQuantityHasTheShapeOfItsUnit(Unit unit, String quantity, String expected) {
        if (expected.equals("ok")) {
            assertThat(Quantities.positive(new BigDecimal(quantity), unit)).isEqualByComparingTo(quantity);
        } else {
            assertThatThrownBy(() -> Quantities.positive(new BigDecimal(quantity), unit))
                    .isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).messageKey()).isEqualTo(expected);
        }
    }
}
