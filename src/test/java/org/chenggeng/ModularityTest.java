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
                .contains("security", "region", "project", "work", "audit", "shell", "shared", "demo");
    }
}
