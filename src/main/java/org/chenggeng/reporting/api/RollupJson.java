package org.chenggeng.reporting.api;

import org.chenggeng.consultation.ConsultationReadService;
import org.chenggeng.reporting.Report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A roll-up as machine clients read it: the scope and period, headline figures with 开工率 and 完工率, quantities by
 * work type (codes for category, section and unit), the narrative sentence, consultation figures and one row per
 * project. No personal data.
 */
record RollupJson(String scope, LocalDate from, LocalDate to, Instant generatedAt, Headline headline,
                  String narrative, List<TypeJson> types, Consultation consultation, List<ProjectJson> projects) {

    record Headline(int projects, int compounds, int households, int started, int completed,
                    BigDecimal startRate, BigDecimal completionRate, BigDecimal startRateByHouseholds,
                    BigDecimal completionRateByHouseholds) {
    }

    record TypeJson(String code, String name, String category, String section, String unit, int items,
                    BigDecimal planned, BigDecimal completed, BigDecimal percent) {
    }

    record Consultation(int rounds, int households, int participating, BigDecimal participationRate,
                        int consentPassed, int consentFailed, BigDecimal satisfactionRate, int feedbackReceived,
                        int feedbackOpen, int feedbackAdopted, int feedbackNotAdopted, int feedbackResolved,
                        BigDecimal medianDaysToAnswer) {
    }

    record ProjectJson(long id, String code, String name, int year, String status, String communities,
                       int households, BigDecimal completion) {
    }

    static RollupJson of(Report r) {
        Report.Headline h = r.headline();
        ConsultationReadService.Figures c = r.consultation();
        var english = "en".equals(r.locale().getLanguage());
        return new RollupJson(r.scope(), r.request().period().from(), r.request().period().to(), r.generatedAt(),
                new Headline(h.projects(), h.compounds(), h.households(), h.started(), h.completed(), h.startRate(),
                        h.completionRate(), h.startRateByHouseholds(), h.completionRateByHouseholds()),
                r.narrative(),
                r.types().stream().map(t -> new TypeJson(t.type().code(), english ? t.type().nameEn() : t.type().nameZh(),
                        t.type().category().name(), t.type().section().name(), t.type().unit().name(), t.items(),
                        t.planned(), t.completed(), t.percent())).toList(),
                new Consultation(c.rounds(), c.households(), c.participating(), Report.rate(c.participationRate()),
                        c.consentPassed(), c.consentFailed(), Report.rate(c.satisfactionRate()), c.feedback().received(),
                        c.feedback().open(), c.feedback().adopted(), c.feedback().notAdopted(),
                        c.feedback().resolved(), c.feedback().medianDaysToAnswer()),
                r.projects().stream().map(p -> new ProjectJson(p.id(), p.code(), p.name(), p.year(), p.status().name(),
                        p.communities(), p.households(), p.completion())).toList());
    }
}
