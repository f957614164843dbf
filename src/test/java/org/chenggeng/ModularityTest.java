package org.chenggeng;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void modulesRespectTheirBoundariesAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void theFeatureModulesAreTheOnesTheStyleGuideNames() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()).toList())
                .containsExactlyInAnyOrder("security", "region", "project", "consultation", "work", "reporting", "audit",
                        "shell", "shared", "demo", "summary", "evidence", "funding", "plan", "statistics", "inspection",
                        "notice",
                        "portal");
    }
}
