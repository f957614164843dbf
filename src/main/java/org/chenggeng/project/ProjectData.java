package org.chenggeng.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The editable details of a project, as a form or an import supplies them.
 *
 * @param buildings the buildings the project touches in its one compound (none: the whole compounds)
 * @param unit      the one stairwell (单元) of its one building it touches, or {@code null}
 */
public record ProjectData(String code, String name, int year, boolean pilot, String implementingUnit,
                          BigDecimal budget, LocalDate plannedStart, LocalDate plannedEnd, String description,
                          Set<Long> compoundIds, List<String> buildings, String unit) {

    /** A project code: a letter or digit, then 1 to 39 letters, digits or hyphens. */
    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{1,39}");


    public ProjectData {
        compoundIds = compoundIds == null ? Set.of() : Set.copyOf(compoundIds);
        buildings = buildings == null ? List.of()
                : buildings.stream().map(String::trim).filter(b -> !b.isEmpty()).distinct().sorted().toList();
        unit = unit == null || unit.isBlank() ? null : unit.trim();
    }

    /** A project on whole compounds. */
    public ProjectData(String code, String name, int year, boolean pilot, String implementingUnit, BigDecimal budget,
                       LocalDate plannedStart, LocalDate plannedEnd, String description, Set<Long> compoundIds) {
        this(code, name, year, pilot, implementingUnit, budget, plannedStart, plannedEnd, description, compoundIds,
                List.of(), null);
    }

    /** The same details on other buildings (or a stairwell) of its compound. */
    public ProjectData withScope(List<String> buildings, String unit) {
        return new ProjectData(code, name, year, pilot, implementingUnit, budget, plannedStart, plannedEnd,
                description, compoundIds, buildings, unit);
    }
}
