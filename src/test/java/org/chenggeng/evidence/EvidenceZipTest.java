package org.chenggeng.evidence;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A project's evidence zip holds every file as received and an index whose hashes match them; officials only. */
@ChenggengTest
class EvidenceZipTest {

    @Autowired
    EvidenceService evidence;
    @Autowired
    EvidenceZip zips;
    @Autowired
    EvidenceFixture fixture;
    @Autowired
    TestUsers as;

    @Test
    void theZipReadsBackWithAnIndexWhoseHashesMatchItsFilesAndLeavesOutWithdrawnOnes() throws Exception {
        EvidenceFixture.Site site = fixture.pmSite();
        byte[] before = SampleFiles.jpeg(400, 300, 51);
        byte[] plan = SampleFiles.pdf();
        as.run("pm", () -> {
            evidence.attach(AttachRequest.photo(OwnerType.WORK_ITEM, site.item().id(), Phase.BEFORE),
                    SampleFiles.file(before), "前.jpg");
            evidence.attach(AttachRequest.document(site.projectId(), "PLAN"), SampleFiles.file(plan), "=方案.pdf");
            AttachmentRow wrong = evidence.attach(AttachRequest.photo(OwnerType.WORK_ITEM, site.item().id(), Phase.AFTER),
                    SampleFiles.file(SampleFiles.jpeg(400, 300, 52)), "错.jpg");
            evidence.withdraw(wrong.token(), "拍错");
        });
        assertThatThrownBy(() -> as.run("pm", () -> zips.write(site.projectId(), new ByteArrayOutputStream())))
                .isInstanceOf(AccessDeniedException.class);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        as.run("official", () -> zips.write(site.projectId(), out));

        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        assertThat(entries.keySet()).anyMatch(n -> n.startsWith("照片/") && n.endsWith("-前.jpg"))
                .anyMatch(n -> n.startsWith("文件/") && n.endsWith("-=方案.pdf")).noneMatch(n -> n.contains("错"))
                .contains(EvidenceZip.INDEX);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(entries.get(EvidenceZip.INDEX)))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(9).getStringCellValue()).isEqualTo("SHA-256");
            assertThat(sheet.getLastRowNum() - 1).isEqualTo(entries.size() - 1);
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                String path = sheet.getRow(r).getCell(0).getStringCellValue().replaceFirst("^'", "");
                String sha = sheet.getRow(r).getCell(9).getStringCellValue();
                assertThat(entries).as(path).containsKey(path);
                assertThat(Intake.sha256(new ByteArrayInputStream(entries.get(path)))).as(path).isEqualTo(sha);
            }
        }
    }
}
