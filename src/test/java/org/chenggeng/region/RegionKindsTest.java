package org.chenggeng.region;

import org.chenggeng.shared.DomainException;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A level's name is chosen per region (镇, 县, 村); the tree and the scope follow the level, not the name. */
@ChenggengTest
class RegionKindsTest {

    @Autowired
    RegionService regions;
    @Autowired
    TestUsers as;
    @Autowired
    JdbcTemplate jdbc;

    private Long region(String name) throws Exception {
        return as.as("admin", () -> regions.all().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow().id());
    }

    @Test
    void aCountyHoldsTownsAndTownshipsWhichHoldVillages() throws Exception {
        Long city = region("天津市");
        Long county = as.as("admin", () -> regions.create(city, "蓟州区测试县", null, RegionKind.COUNTY));
        Long town = as.as("admin", () -> regions.create(county, "测试镇", null, RegionKind.TOWN));
        Long village = as.as("admin", () -> regions.create(town, "测试村", null, RegionKind.VILLAGE));

        RegionService.RegionNode node = as.as("admin", () -> regions.get(town));
        assertThat(node.level()).isEqualTo(RegionLevel.STREET);
        assertThat(node.kind()).isEqualTo(RegionKind.TOWN);
        assertThat(as.as("admin", () -> regions.get(village)).level()).isEqualTo(RegionLevel.COMMUNITY);
        assertThat(as.as("admin", () -> regions.subtreeIds(county))).containsExactlyInAnyOrder(county, town, village);
    }

    @Test
    void aKindOfAnotherLevelIsRefusedAndChangesNothing() throws Exception {
        Long district = region("河东区");
        int before = as.as("admin", () -> regions.all()).size();
        assertThatThrownBy(() -> as.run("admin", () -> regions.create(district, "错层级", null, RegionKind.COUNTY)))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("region.error.kindLevel");
        assertThat(as.as("admin", () -> regions.all())).hasSize(before);

        Long street = region("大王庄街");
        long version = as.as("admin", () -> regions.get(street)).version();
        assertThatThrownBy(() -> as.run("admin", () -> regions.update(street, version, "大王庄街", null,
                RegionKind.VILLAGE))).isInstanceOf(DomainException.class);
        assertThat(as.as("admin", () -> regions.get(street)).kind()).isEqualTo(RegionKind.STREET);
    }

    @Test
    void aStreetCanBeRenamedATownKeepingItsPlaceInTheTree() throws Exception {
        Long district = region("河东区");
        Long street = as.as("admin", () -> regions.create(district, "改名测试街", null));
        long version = as.as("admin", () -> regions.get(street)).version();
        as.run("admin", () -> regions.update(street, version, "改名测试镇", null, RegionKind.TOWN));
        RegionService.RegionNode node = as.as("admin", () -> regions.get(street));
        assertThat(node.kind()).isEqualTo(RegionKind.TOWN);
        assertThat(node.parentId()).isEqualTo(district);
    }

    @Test
    void existingRegionsKeepTheirLevelsUsualName() {
        List<String> mismatched = jdbc.queryForList("select name from region where region_kind is null "
                + "or (region_level = 'DISTRICT' and region_kind not in ('DISTRICT', 'COUNTY', 'COUNTY_CITY')) "
                + "or (region_level = 'CITY' and region_kind <> 'CITY')", String.class);
        assertThat(mismatched).isEmpty();
        assertThat(jdbc.queryForObject("select region_kind from region where name = '月牙河街'", String.class))
                .isEqualTo("STREET");
    }

    @Test
    void theFilterOffersEveryLevelInTheUsersScopeAndNothingAbove() throws Exception {
        List<String> official = as.as("official", () -> regions.inScope()).stream()
                .map(RegionService.RegionNode::name).toList();
        assertThat(official).contains("月牙河街", "靖江里社区").doesNotContain("河东区", "天津市", "大王庄街");
        List<RegionLevel> adminLevels = as.as("admin", () -> regions.inScope()).stream()
                .map(RegionService.RegionNode::level).distinct().toList();
        assertThat(adminLevels).contains(RegionLevel.CITY, RegionLevel.DISTRICT, RegionLevel.STREET,
                RegionLevel.COMMUNITY);
    }
}
