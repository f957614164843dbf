package org.chenggeng.inspection.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.chenggeng.inspection.Party;
import org.chenggeng.inspection.PartyParticipant;

import java.util.ArrayList;
import java.util.List;

/** The parties to a completion acceptance, one row each (建设, 施工, 监理, 设计, 街道, 社区, 居民代表): organisation and people. */
class PartyRows extends Div {

    private final List<TextField[]> fields = new ArrayList<>();

    PartyRows(String implementingUnit) {
        addClassName("participant-list");
        for (Party party : Party.values()) {
            Span label = new Span(getTranslation(party.labelKey()));
            label.addClassName("party-label");
            TextField org = new TextField(getTranslation("inspection.organisation"));
            org.setMaxLength(200);
            org.setId("party-org-" + party.name().toLowerCase(java.util.Locale.ROOT));
            if (party == Party.CONTRACTOR && implementingUnit != null) {
                org.setValue(implementingUnit);
            }
            TextField people = new TextField(getTranslation("inspection.names"));
            people.setMaxLength(200);
            people.setId("party-names-" + party.name().toLowerCase(java.util.Locale.ROOT));
            Div row = new Div(label, org, people);
            row.addClassName("participant-row");
            row.addClassName("party-row");
            fields.add(new TextField[]{org, people});
            add(row);
        }
    }

    List<PartyParticipant> value() {
        List<PartyParticipant> rows = new ArrayList<>();
        Party[] parties = Party.values();
        for (int i = 0; i < parties.length; i++) {
            rows.add(new PartyParticipant(parties[i], fields.get(i)[0].getValue(), fields.get(i)[1].getValue()));
        }
        return rows;
    }

    void lock() {
        fields.forEach(f -> {
            f[0].setReadOnly(true);
            f[1].setReadOnly(true);
        });
    }
}
