package org.chenggeng.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/** The editable details of a project, as a form or an import supplies them. */
public record ProjectData(String code, String name, int year, boolean pilot, String implementingUnit,
                          BigDecimal budget, LocalDate plannedStart, LocalDate plannedEnd, String description,
                          Set<Long> compoundIds) {

    public ProjectData {
        compoundIds = compoundIds == null ? Set.of() : Set.copyOf(compoundIds);
    }
}
