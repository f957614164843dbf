package org.chenggeng.plan;

import org.chenggeng.region.RegionService;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.chenggeng.work.XlsxFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports a 5 000-row plan list (a new compound, a project, two sources and two works per row) end to end, preview
 * and import, and prints the figures. Run on MariaDB: {@code ./mvnw -o -Pmysql test -Dtest=PlanListImportBenchmark}.
 */
@ChenggengTest
class PlanListImportBenchmark {

    private static final int ROWS = Integer.getInteger("benchmark.planRows", 5_000);

    @Autowired
    PlanListImportService imports;
    @Autowired
    RegionService regions;
    @Autowired
    TestUsers as;

    @Test
    void importsAFiveThousandRowPlanList() throws Exception {
        String community = "清单基准社区" + System.nanoTime() % 100_000;
        as.run("admin", () -> regions.create(regions.all().stream().filter(r -> r.name().equals("月牙河街")).findFirst()
                .orElseThrow().id(), community, null));
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            rows.add(new Object[]{community, "基准小区" + i, 1990 + i % 20, 4 + i % 20, 100 + i % 900,
                    5000 + i * 3.5, "PLB-" + community.hashCode() % 1000 + "-" + i, "基准小区" + i + "改造", 2027,
                    "测试实施单位", 1_000_000 + i, 500_000, "ROAD_PAVING:" + (100 + i % 900) + "；污水井清淘:" + (1 + i % 40)});
        }
        long built = System.nanoTime();
        byte[] file = XlsxFiles.bytes(PlanListImportTest.HEADERS, rows);
        long written = System.nanoTime();
        PlanListResult preview = as.as("admin", () -> imports.preview(new ByteArrayInputStream(file), f -> { }));
        long previewed = System.nanoTime();
        PlanListResult result = as.as("admin", () -> imports.importFile(new ByteArrayInputStream(file), f -> { }));
        long imported = System.nanoTime();
        PlanListResult again = as.as("admin", () -> imports.importFile(new ByteArrayInputStream(file), f -> { }));
        long reimported = System.nanoTime();
        System.out.printf("PLAN LIST BENCHMARK rows=%d file=%d KB (written in %d ms) preview=%d ms import=%d ms "
                        + "(end to end, reading included) re-import=%d ms added=%d compounds=%d skipped-again=%d%n",
                ROWS, file.length / 1024, (written - built) / 1_000_000, (previewed - written) / 1_000_000,
                (imported - previewed) / 1_000_000, (reimported - imported) / 1_000_000, result.projects(),
                result.compounds(), again.skipped());
        assertThat(preview.issues()).isEmpty();
        assertThat(result.projects()).isEqualTo(ROWS);
        assertThat(again.projects()).isZero();
    }
}
