package org.chenggeng.demo;

import org.chenggeng.evidence.AttachmentRow;
import org.chenggeng.evidence.FileType;
import org.chenggeng.evidence.Phase;
import org.chenggeng.evidence.PhotoQueries;
import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectQueries;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The pilot's demo evidence: sample pictures before, during and after each main work, and its 实施方案 as a PDF. */
@ChenggengTest
class DemoEvidenceTest {

    @Autowired
    DemoEvidence demo;
    @Autowired
    PhotoQueries photos;
    @Autowired
    ProjectQueries projects;
    @Autowired
    TestUsers as;

    @Test
    void thePilotGetsSamplePicturesForEachPhaseAndItsPlanOnceOnly() throws Exception {
        demo.load();
        demo.load();
        long pilot = as.as("admin", () -> projects.all(ProjectFilter.none()).stream()
                .filter(p -> p.code().equals("YYH-2022-01")).findFirst().orElseThrow().id());

        List<AttachmentRow> pictures = as.as("pm", () -> photos.page(pilot, PhotoQueries.Filter.allPhotos(), 0, 100));
        assertThat(pictures).hasSize(18).allSatisfy(p -> {
            assertThat(p.sample()).isTrue();
            assertThat(p.caption()).contains("示例");
        });
        assertThat(pictures).extracting(AttachmentRow::phase).containsOnly(Phase.BEFORE, Phase.DURING, Phase.AFTER);
        assertThat(as.as("official", () -> photos.page(pilot, PhotoQueries.Filter.documents(), 0, 10)))
                .singleElement().satisfies(d -> {
                    assertThat(d.type()).isEqualTo(FileType.PDF);
                    assertThat(d.documentType()).isEqualTo("PLAN");
                });
    }
}
