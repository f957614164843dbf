package org.chenggeng.region;

import org.chenggeng.audit.AuditService;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.StaleDataException;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Administrators keep the region tree and compounds; bad input is refused with its reason and changes nothing. */
@ChenggengTest
class RegionAndCompoundRulesTest {

    @Autowired
    RegionService regions;
    @Autowired
    CompoundService compounds;
    @Autowired
    AuditService audit;
    @Autowired
    TestUsers as;

    private Long region(String name) throws Exception {
        return as.as("admin", () -> regions.all().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow().id());
    }

    private void assertRefused(TestUsers.ThrowingRunnable action, String key) {
        assertThatThrownBy(() -> as.run("admin", action)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo(key);
    }

    @Test
    void aChildIsOneLevelDownAndNamesAreUniqueUnderAParent() throws Exception {
        Long street = region("月牙河街");
        Long community = as.as("admin", () -> regions.create(street, "测试新社区", null));
        assertThat(as.as("admin", () -> regions.get(community)).level()).isEqualTo(RegionLevel.COMMUNITY);
        assertThat(as.as("admin", () -> regions.subtreeIds(street))).contains(community);
        assertThat(as.as("admin", () -> regions.ancestorIds(java.util.Set.of(community)))).contains(street);

        int before = as.as("admin", () -> regions.all()).size();
        assertRefused(() -> regions.create(street, "测试新社区", null), "region.error.duplicateName");
        assertRefused(() -> regions.create(community, "楼栋", null), "region.error.noChildren");
        assertRefused(() -> regions.create(street, "  ", null), "region.error.nameRequired");
        assertThat(as.as("admin", () -> regions.all())).hasSize(before);

        long version = as.as("admin", () -> regions.get(community)).version();
        as.run("admin", () -> regions.update(community, version, "测试新社区（改名）", "120102001"));
        assertThatThrownBy(() -> as.run("admin", () -> regions.update(community, version, "再改", null)))
                .isInstanceOf(StaleDataException.class);
        assertThat(as.as("admin", () -> regions.get(community)).name()).isEqualTo("测试新社区（改名）");
        assertThat(as.as("auditor", () -> audit.search(new AuditService.AuditFilter("admin", "REGION", null, null, null),
                PageRequest.of(0, 50, org.springframework.data.domain.Sort.by(
                        org.springframework.data.domain.Sort.Direction.DESC, "id")))))
                .anySatisfy(row -> assertThat(row.after()).contains("测试新社区（改名）"));
    }

    @Test
    void aCompoundBelongsToACommunityAndHasSensibleFigures() throws Exception {
        Long community = region("靖江里社区");
        Long street = region("月牙河街");
        var good = new CompoundService.CompoundData("测试小区", 1990, 10, 600, new BigDecimal("36000.50"));
        Long id = as.as("admin", () -> compounds.create(community, good));
        assertRefused(() -> compounds.create(community, good), "compound.error.duplicateName");
        assertRefused(() -> compounds.create(street, new CompoundService.CompoundData("街道上的小区", 1990, 1, 1,
                BigDecimal.ONE)), "compound.error.communityRequired");
        assertRefused(() -> compounds.create(community, new CompoundService.CompoundData("负数小区", 1990, -1, 1,
                BigDecimal.ONE)), "compound.error.negative");
        assertRefused(() -> compounds.create(community, new CompoundService.CompoundData("面积小区", 1990, 1, 1,
                new BigDecimal("1.005"))), "compound.error.floorArea");
        assertRefused(() -> compounds.create(community, new CompoundService.CompoundData("古代小区", 1800, 1, 1,
                BigDecimal.ONE)), "compound.error.yearBuilt");
        assertThat(as.as("admin", () -> compounds.inScope()).stream().filter(c -> c.communityId().equals(community))
                .map(CompoundService.CompoundRow::name)).contains("测试小区").doesNotContain("负数小区", "面积小区");
        assertThat(as.as("committee", () -> compounds.inScope())).anySatisfy(c -> assertThat(c.id()).isEqualTo(id));
    }
}
