package org.chenggeng.inspection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import org.chenggeng.inspection.Participant;

import java.util.ArrayList;
import java.util.List;

/** Who took part, one row per organisation (its name and the people present), with a button for another row. */
class ParticipantRows extends Div {

    private final Div rows = new Div();
    private final List<TextField[]> fields = new ArrayList<>();

    ParticipantRows() {
        addClassName("participant-rows");
        rows.addClassName("participant-list");
        Button more = new Button(getTranslation("inspection.addParticipant"), VaadinIcon.PLUS.create(), e -> addRow("", ""));
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        more.setId("add-participant");
        add(rows, more);
        addRow("", "");
    }

    void addRow(String organisation, String names) {
        TextField org = new TextField(getTranslation("inspection.organisation"));
        org.setMaxLength(200);
        org.setValue(organisation);
        TextField people = new TextField(getTranslation("inspection.names"));
        people.setMaxLength(200);
        people.setValue(names);
        int index = fields.size();
        org.setId("participant-org-" + index);
        people.setId("participant-names-" + index);
        Div row = new Div(org, people);
        row.addClassName("participant-row");
        fields.add(new TextField[]{org, people});
        rows.add(row);
    }

    List<Participant> value() {
        return fields.stream().map(f -> new Participant(f[0].getValue(), f[1].getValue())).toList();
    }

    void lock() {
        fields.forEach(f -> {
            f[0].setReadOnly(true);
            f[1].setReadOnly(true);
        });
        getChildren().filter(Button.class::isInstance).forEach(b -> ((Button) b).setEnabled(false));
    }
}
