package org.chenggeng.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Door to door on a phone: a building, then one of its stairwells, and the doors of that stairwell below, which the
 * screen lists on each pick (consultation rounds, per-household acceptance). The first building and its first
 * stairwell are picked at once; an empty scope says so in the doors' place.
 */
public class StairwellPicker extends Div {

    private final Select<String> building = new Select<>();
    private final Select<String> unit = new Select<>();
    private final Div doors;
    private final BiConsumer<String, String> show;

    /** Two selects with ids {@code <prefix>-building} and {@code <prefix>-unit}; {@code show} lists a stairwell. */
    public StairwellPicker(String prefix, Map<String, List<String>> stairwells, Div doors,
                           BiConsumer<String, String> show) {
        this.doors = doors;
        this.show = show;
        addClassName("record-pick");
        building.setLabel(getTranslation("household.building"));
        building.setItems(stairwells.keySet());
        building.setId(prefix + "-building");
        unit.setLabel(getTranslation("household.unit"));
        unit.setId(prefix + "-unit");
        building.addValueChangeListener(e -> {
            List<String> units = e.getValue() == null ? List.of() : stairwells.getOrDefault(e.getValue(), List.of());
            unit.setItems(units);
            unit.setValue(units.isEmpty() ? null : units.getFirst());
        });
        unit.addValueChangeListener(e -> again());
        add(building, unit);
    }

    /** Picks the first building (and so its first stairwell), or says the scope is empty. */
    public void start(Map<String, List<String>> stairwells) {
        if (!stairwells.isEmpty()) {
            building.setValue(stairwells.keySet().iterator().next());
        } else {
            doors.add(new Span(getTranslation("record.emptyScope")));
        }
    }

    /** Lists the stairwell picked now again. */
    public void again() {
        doors.removeAll();
        if (building.getValue() != null && unit.getValue() != null) {
            show.accept(building.getValue(), unit.getValue());
        }
    }
}
