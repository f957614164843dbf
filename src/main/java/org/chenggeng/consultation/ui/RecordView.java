package org.chenggeng.consultation.ui;

import org.chenggeng.shared.ui.RecordRoute;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.consultation.Ratio;
import org.chenggeng.consultation.ResponseService;
import org.chenggeng.evidence.ui.PhotoWidgets;
import org.chenggeng.consultation.RoundKind;
import org.chenggeng.consultation.RoundService;
import org.chenggeng.consultation.RoundService.RoundDetails;
import org.chenggeng.security.Roles;
import org.chenggeng.shared.ui.Badges;
import org.chenggeng.shared.ui.Formats;
import org.chenggeng.shared.ui.StairwellPicker;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Door-to-door recording on a phone: pick a building and a stairwell, then tap each household's answer. The
 * header keeps count (households recorded of those in scope) and shows the tally as it changes.
 */
@Route("consultation/rounds/:id/record")
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.COMMUNITY_COMMITTEE})
class RecordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient RoundService rounds;
    private final transient ResponseService responses;
    private final Div progress = new Div();
    private StairwellPicker pick;
    private final Div doors = new Div();
    private final transient PhotoWidgets photos;
    private long roundId;
    private RoundDetails round;
    private Map<String, List<String>> stairwells = Map.of();
    private String title = "";

    RecordView(RoundService rounds, ResponseService responses, PhotoWidgets photos) {
        this.photos = photos;
        this.rounds = rounds;
        this.responses = responses;
        addClassNames("page", "record-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RecordRoute.open(event, id -> {
            roundId = id;
            round = rounds.get(id);
            if (!round.mayRecord()) {
                event.forwardTo("consultation/rounds/" + id);
                return;
            }
            stairwells = responses.stairwells(id);
            render();
        });
    }

    private void render() {
        removeAll();
        title = getTranslation("record.title", round.round().number(), getTranslation(round.round().kind().labelKey()));
        add(new Anchor("consultation/rounds/" + roundId, getTranslation("record.backToRound")));
        H2 heading = new H2(title);
        Span project = new Span(round.projectName() + " · " + Scopes.label(this, round.round()));
        project.addClassName("hint");
        progress.addClassName("record-card");
        progress.setId("record-progress");
        doors.addClassName("doors");
        doors.setId("doors");
        pick = new StairwellPicker("record", stairwells, doors, this::showDoors);
        add(heading, project, progress, pick, doors);
        refreshProgress();
        pick.start(stairwells);
    }

    private void showDoors(String building, String unit) {
        for (ResponseService.Door door : responses.doors(roundId, building, unit)) {
            doors.add(new DoorCard(responses, photos, round, door, this::recorded));
        }
    }

    /** After an answer is saved (or refused as stale): fresh counts, and the stairwell as it now stands. */
    private void recorded(boolean stale) {
        round = rounds.get(roundId);
        refreshProgress();
        if (stale) {
            pick.again();
        }
    }

    private void refreshProgress() {
        var r = round.round();
        var locale = getLocale();
        progress.removeAll();
        Span count = new Span(getTranslation("record.count", Formats.number(r.recorded(), locale),
                Formats.number(r.households(), locale)));
        count.setId("record-count");
        count.addClassName("record-count");
        ProgressBar bar = new ProgressBar(0, Math.max(1, r.households()), r.recorded());
        Div line = new Div();
        line.addClassName("record-tally");
        line.setId("record-tally");
        line.add(new Span(getTranslation("record.participating", Formats.number(r.tally().participating(), locale))),
                new Span(getTranslation("record.agreeing", getTranslation(
                        org.chenggeng.consultation.Answer.AGREE.labelKey(r.kind())), Formats.number(r.tally().agree(), locale))));
        if (r.kind() == RoundKind.CONSENT) {
            line.add(r.tally().passed() ? Badges.of(getTranslation("tally.passed"), "success")
                    : Badges.of(getTranslation("tally.notYet"), "contrast"));
            String failing = r.tally().ratios().stream().filter(x -> !x.passes())
                    .map(x -> getTranslation(x.measure().labelKey())).collect(Collectors.joining(getTranslation("list.separator")));
            if (!failing.isEmpty()) {
                Span hint = new Span(getTranslation("record.failing", failing));
                hint.addClassName("hint");
                line.add(hint);
            }
        } else if (r.kind() == RoundKind.SATISFACTION) {
            Ratio rate = r.tally().ratios().getFirst();
            line.add(new Span(getTranslation("round.satisfactionRate",
                    rate.percent() == null ? "—" : Formats.number(rate.percent(), locale))));
        }
        progress.add(count, bar, line);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
