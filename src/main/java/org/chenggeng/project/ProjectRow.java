package org.chenggeng.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/** A row of the project list. */
public record ProjectRow(Long id, String code, String name, int year, boolean pilot, ProjectStatus status,
                         String implementingUnit, BigDecimal budget, LocalDate plannedStart, LocalDate plannedEnd,
                         String communities, int households, Set<Long> compoundIds, LocalDate actualStart,
                         LocalDate actualEnd) {
}
