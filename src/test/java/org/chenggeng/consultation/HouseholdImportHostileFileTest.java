package org.chenggeng.consultation;

import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.xlsx.HostileXlsx;
import org.chenggeng.shared.xlsx.XlsxRows;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/** A hostile household file gets its own reason through the import service, and the register stays as it was. */
@ChenggengTest
class HouseholdImportHostileFileTest {

    @Autowired
    HouseholdImportService imports;
    @Autowired
    HouseholdImportFixture fixture;
    @Autowired
    TestUsers as;

    @Test
    void eachHostileFileIsRefusedWithItsReasonForPreviewAndImportAndNothingIsStored() throws Exception {
        Long compound = fixture.compound();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("import.error.tooManyColumns", HostileXlsx.hugeCellReference());
        files.put("import.error.zipBomb", HostileXlsx.zipBomb(64));
        files.put("import.error.tooManyStrings", HostileXlsx.sharedStrings(XlsxRows.Limits.DEFAULT.maxSharedStrings() + 1));
        files.put("import.error.tooManyRows", HostileXlsx.rows(HouseholdImportService.MAX_ROWS + 1));
        files.put("import.error.oldXls", HostileXlsx.oldXls());
        files.put("import.upload.tooBig", new byte[XlsxRows.MAX_FILE_MB * 1024 * 1024 + 1]);

        Map<String, String> previews = new LinkedHashMap<>();
        Map<String, String> commits = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            previews.put(file.getKey(), refusal(() -> imports.preview(compound, new ByteArrayInputStream(file.getValue()))));
            commits.put(file.getKey(), refusal(() -> imports.commit(compound, new ByteArrayInputStream(file.getValue()))));
        }

        assertThat(previews).allSatisfy((expected, actual) -> assertThat(actual).isEqualTo(expected));
        assertThat(commits).allSatisfy((expected, actual) -> assertThat(actual).isEqualTo(expected));
        assertThat(fixture.register(compound)).isEmpty();
    }

    private String refusal(Callable<?> call) {
        try {
            as.as("committee", call);
            return "accepted";
        } catch (DomainException e) {
            return e.messageKey();
        } catch (Exception e) {
            return e.toString();
        }
    }
}
