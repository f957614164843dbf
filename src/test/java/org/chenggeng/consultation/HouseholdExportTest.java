package org.chenggeng.consultation;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The register export carries personal data only for the committee; for officials it is masked like the screen. */
@ChenggengTest
class HouseholdExportTest {

    @Autowired
    ConsultationFixture fixture;
    @Autowired
    HouseholdService households;
    @Autowired
    HouseholdImportService imports;
    @Autowired
    TestUsers as;

    private static List<List<String>> read(byte[] xlsx) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue; // the download record, which XlsxWatermarkTest reads
                }
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    cells.add(format.formatCellValue(row.getCell(i)));
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    @Test
    void theCommitteeExportsTheRegisterInFullAndCanImportItAgainWithoutDuplicates() throws Exception {
        var site = fixture.site("60.50", "72.25");
        byte[] file = as.as("committee", () -> export(site.compoundId(), Locale.SIMPLIFIED_CHINESE));
        List<List<String>> rows = read(file);
        assertThat(rows.getFirst()).containsExactly("楼号", "单元", "室号", "建筑面积（m²）", "户主", "联系电话");
        assertThat(rows.get(1)).containsExactly("1号楼", "1单元", "101", "60.5", "测试户主0", "13800000000");
        assertThat(rows).hasSize(3);
        var again = as.as("committee", () -> imports.preview(site.compoundId(), new ByteArrayInputStream(file)));
        assertThat(again.errors()).isEmpty();
        assertThat(again.alreadyImported()).isEqualTo(2);
        assertThat(again.importable()).isZero();
    }

    @Test
    void anOfficialsExportIsMaskedAndOthersGetNone() throws Exception {
        var site = fixture.site(1);
        List<List<String>> rows = read(as.as("official", () -> export(site.compoundId(), Locale.ENGLISH)));
        assertThat(rows.getFirst()).containsExactly("Building", "Unit", "Room", "Floor area (m²)", "Owner", "Phone");
        assertThat(rows.get(1)).containsExactly("1号楼", "1单元", "1**", "60", "测****", "138****0000");
        String other = fixture.otherCommittee();
        assertThatThrownBy(() -> as.as("pm", () -> export(site.compoundId(), Locale.ENGLISH)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.as(other, () -> export(site.compoundId(), Locale.ENGLISH)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private byte[] export(long compoundId, Locale locale) {
        var out = new java.io.ByteArrayOutputStream();
        households.export(compoundId, locale, out);
        return out.toByteArray();
    }
}
