package org.chenggeng.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AuditRowTest {

    private static AuditService.AuditRow row(String before, String after) {
        return new AuditService.AuditRow(1L, 1L, Instant.EPOCH, "admin", "CHANGE", "UPDATE",
                AuditResult.SUCCESS, "PROJECT", "7", before, after,
                null, null);
    }

    @Test
    void aChangedRecordIsLabelledByItsCodeUsernameOrNameFromItsState() {
        assertThat(row(null, "{\"code\":\"YYH-2022-01\",\"name\":\"靖江东里\"}").label()).isEqualTo("YYH-2022-01");
        assertThat(row("{\"username\":\"pm\"}", null).label()).isEqualTo("pm");
        assertThat(row(null, "{\"regionId\":\"3\",\"month\":\"2022-11\"}").label()).isEmpty();
    }

    @Test
    void theLabelIsReadAsJsonSoQuotesInsideValuesDoNotMisleadIt() {
        assertThat(row(null, "{\"note\":\"见 \\\"code\\\":\\\"X-1\\\"\",\"name\":\"靖江\\\"东里\\\"\"}").label())
                .isEqualTo("靖江\"东里\"");
        assertThat(row("{\"code\":\"YYH-2022-01\"}", "{\"status\":\"IN_PROGRESS\"}").label())
                .isEqualTo("YYH-2022-01");
    }
}
