package org.chenggeng.funding;

import org.chenggeng.region.RegionService;
import org.chenggeng.security.Role;
import org.chenggeng.security.ScopeDirectory;
import org.chenggeng.security.UserAdminService;
import org.chenggeng.support.TestUsers;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import java.util.Set;

/** What the money tests share: demo projects by code, and an official of the other street, who sees none of ours. */
@Component
class FundingFixture {

    static final String OTHER_OFFICIAL = "funding-other";

    private final org.chenggeng.support.SecurityAdmin users;
    private final RegionService regions;
    private final TestUsers as;

    FundingFixture(org.chenggeng.support.SecurityAdmin users, RegionService regions, TestUsers as) {
        this.users = users;
        this.regions = regions;
        this.as = as;
    }

    /** Creates {@link #OTHER_OFFICIAL}, an official of 大王庄街, unless the context has them already. */
    void otherStreetOfficial() throws Exception {
        as.run("admin", () -> {
            if (users.search(OTHER_OFFICIAL, PageRequest.of(0, 5)).isEmpty()) {
                Long otherStreet = regions.all().stream().filter(r -> r.name().equals("大王庄街")).findFirst()
                        .orElseThrow().id();
                Long other = users.create(new UserAdminService.NewUser(OTHER_OFFICIAL, "其他街道干部",
                        "funding-password-1", Role.OFFICIAL, otherStreet, Set.of()));
                users.resetPassword(other, "funding-password-1", false);
            }
        });
    }

    /** A demo project's id by its code. */
    long project(String code) throws Exception {
        return as.as("admin", () -> users.projectChoices().stream().filter(p -> p.code().equals(code)).findFirst()
                .map(ScopeDirectory.ProjectChoice::id).orElseThrow());
    }
}
