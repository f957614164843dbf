package org.chenggeng.consultation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The register agrees with the compound's record within the administrator's tolerance, compared exactly. */
class RegisterToleranceTest {

    @ParameterizedTest
    @CsvSource({
            "1632, 1632, 0, true",
            "1631, 1632, 0, false",
            "1633, 1632, 0, false",
            "9029.90, 9029.90, 0, true",
            "9029.89, 9029.90, 0, false",
            "99, 100, 1, true",
            "101, 100, 1, true",
            "98.99, 100, 1, false",
            "97, 100, 2.5, false",
            "97.5, 100, 2.5, true"})
    void countedAgreesWithRecordedWithinTolerancePercent(String counted, String recorded, String tolerance,
                                                           boolean agrees) {
        assertThat(ConsentGate.within(new BigDecimal(counted), new BigDecimal(recorded), new BigDecimal(tolerance)))
                .isEqualTo(agrees);
    }
}
