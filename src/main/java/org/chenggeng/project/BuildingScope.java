package org.chenggeng.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.chenggeng.shared.DomainException;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Which buildings of its compound a project touches, and perhaps the one stairwell (单元) of one building: none
 * named means the whole compounds. Residents consent to exactly this, so {@link Project} lets it change only
 * before 立项.
 */
@Embeddable
class BuildingScope {

    @Column(name = "scope_buildings", length = 200)
    private String buildings;

    @Column(name = "scope_unit", length = 20)
    private String unit;

    protected BuildingScope() {
    }

    private BuildingScope(String buildings, String unit) {
        this.buildings = buildings;
        this.unit = unit;
    }

    /** The whole compounds, as a project without named buildings stores it (and as it loads: no scope at all). */
    static BuildingScope whole() {
        return new BuildingScope();
    }

    /** Named buildings belong to a project of one compound; a stairwell to a project of one building. */
    static BuildingScope of(List<String> buildings, String unit, int compounds) {
        String joined = buildings.isEmpty() ? null : String.join(",", buildings);
        if (!buildings.isEmpty() && compounds != 1) {
            throw new DomainException("project.error.scopeOneCompound");
        }
        if (unit != null && buildings.size() != 1) {
            throw new DomainException("project.error.scopeUnitBuilding");
        }
        if (joined != null && joined.length() > 200 || unit != null && unit.length() > 20) {
            throw new DomainException("error.tooLong", joined != null && joined.length() > 200 ? 200 : 20);
        }
        return new BuildingScope(joined, unit);
    }

    /** The buildings named; empty: the whole compounds. */
    List<String> buildings() {
        return buildings == null ? List.of() : Arrays.asList(buildings.split(","));
    }

    /** The buildings as stored, comma-separated, or {@code null}. */
    String joined() {
        return buildings;
    }

    String unit() {
        return unit;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BuildingScope other && Objects.equals(buildings, other.buildings)
                && Objects.equals(unit, other.unit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(buildings, unit);
    }
}
