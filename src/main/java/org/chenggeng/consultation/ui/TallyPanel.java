package org.chenggeng.consultation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.chenggeng.consultation.Answer;
import org.chenggeng.consultation.Ratio;
import org.chenggeng.consultation.RoundKind;
import org.chenggeng.consultation.Tally;
import org.chenggeng.shared.ui.Badges;
import org.chenggeng.shared.ui.Formats;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A tally as officials read it: the households and floor area in scope, who took part and how they answered, then
 * each ratio of the rule against its threshold with pass or fail, and the result.
 */
class TallyPanel extends Div {

    TallyPanel(Tally tally, RoundKind kind) {
        addClassName("tally");
        Locale locale = getLocale();
        Div counts = new Div();
        counts.addClassName("tally-counts");
        counts.add(count("tally.households", Formats.number(tally.households(), locale) + " · "
                + Formats.number(tally.area(), locale) + " m²"));
        counts.add(count("tally.participating", Formats.number(tally.participating(), locale) + " · "
                + Formats.number(tally.participatingArea(), locale) + " m²"));
        counts.add(count(Answer.AGREE.labelKey(kind),
                Formats.number(tally.agree(), locale) + " · " + Formats.number(tally.agreeArea(), locale) + " m²"));
        counts.add(count(Answer.DISAGREE.labelKey(kind), Formats.number(tally.disagree(), locale)));
        counts.add(count(Answer.ABSTAIN.labelKey(kind), Formats.number(tally.abstain(), locale)));
        add(counts);
        for (Ratio r : tally.ratios()) {
            add(ratio(r, kind, locale));
        }
        if (kind == RoundKind.CONSENT) {
            Span result = tally.passed() ? Badges.of(getTranslation("tally.passed"), "success")
                    : Badges.of(getTranslation("tally.failed"), "error");
            result.addClassName("tally-result");
            add(result);
        }
    }

    private Div count(String key, String value) {
        Div d = new Div(new Span(getTranslation(key)), new Span(value));
        d.addClassName("card-line");
        return d;
    }

    private Div ratio(Ratio r, RoundKind kind, Locale locale) {
        Div row = new Div();
        row.addClassName("tally-ratio");
        BigDecimal percent = r.percent();
        boolean area = r.measure() == Ratio.Measure.PARTICIPATION_AREA || r.measure() == Ratio.Measure.AGREEMENT_AREA;
        String fraction = Formats.number(r.numerator(), locale) + " / " + Formats.number(r.denominator(), locale)
                + (area ? " m²" : "");
        row.add(new Span(getTranslation(r.measure().labelKey())), new Span(fraction),
                new Span(percent == null ? "—" : Formats.number(percent, locale) + "%"));
        if (kind == RoundKind.CONSENT) {
            row.add(new Span(getTranslation("tally.threshold", r.threshold())),
                    r.passes() ? Badges.of(getTranslation("tally.pass"), "success")
                            : Badges.of(getTranslation("tally.fail"), "error"));
        }
        return row;
    }
}
