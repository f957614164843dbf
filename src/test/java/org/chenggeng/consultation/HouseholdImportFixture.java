package org.chenggeng.consultation;

import org.chenggeng.region.CompoundService;
import org.chenggeng.region.RegionService;
import org.chenggeng.support.TestUsers;
import org.chenggeng.work.XlsxFiles;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Compounds of their own for household import tests, so that no test sees another's households: by default in
 * 靖江里社区, whose committee the demo user {@code committee} is, or in a community that user does not serve.
 */
@Component
public class HouseholdImportFixture {

    public static final List<String> HEADERS = List.of("楼号", "单元", "室号", "建筑面积（m²）", "户主", "联系电话");
    public static final List<String> ENGLISH = List.of("Building", "Unit", "Room", "Floor area (m²)", "Owner", "Phone");
    private static final AtomicInteger NEXT = new AtomicInteger();

    private final TestUsers as;
    private final RegionService regions;
    private final CompoundService compounds;
    private final HouseholdService households;

    HouseholdImportFixture(TestUsers as, RegionService regions, CompoundService compounds,
                           HouseholdService households) {
        this.as = as;
        this.regions = regions;
        this.compounds = compounds;
        this.households = households;
    }

    /** A new, empty compound in 靖江里社区. */
    public Long compound() throws Exception {
        return compoundIn("靖江里社区");
    }

    /** A new, empty compound in a community outside the demo committee's region. */
    public Long foreignCompound() throws Exception {
        return compoundIn("富民路社区");
    }

    private Long compoundIn(String community) throws Exception {
        int n = NEXT.incrementAndGet() + (int) (System.nanoTime() % 100_000) * 100;
        return as.as("admin", () -> {
            Long id = regions.communities().stream().filter(r -> r.name().equals(community)).findFirst()
                    .orElseThrow().id();
            return compounds.create(id, new CompoundService.CompoundData("住户导入测试小区" + n, 1990, 4, 120,
                    new BigDecimal("8000.00")));
        });
    }

    /** The compound's register as its committee sees it. */
    public List<HouseholdRow> register(Long compoundId) throws Exception {
        return as.as("admin", () -> households.list(compoundId, null));
    }

    /** A file with the Chinese headers and the given rows (String, Number or null cells). */
    public static InputStream file(Object[]... rows) {
        return new ByteArrayInputStream(bytes(rows));
    }

    public static byte[] bytes(Object[]... rows) {
        return XlsxFiles.bytes(HEADERS, Arrays.asList(rows));
    }

    /** A row of the six template columns. */
    public static Object[] row(Object building, Object unit, Object room, Object area, Object owner, Object phone) {
        return new Object[]{building, unit, room, area, owner, phone};
    }
}
