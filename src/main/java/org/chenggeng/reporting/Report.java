package org.chenggeng.reporting;

import org.chenggeng.consultation.ConsultationReadService;
import org.chenggeng.funding.FundingReadService;
import org.chenggeng.inspection.ProjectEnding;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.work.WorkTypeData;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The report document as every export writes it: title and scope, headline figures, the narrative paragraph, the
 * quantities by section and work type, the consultation summary, each project's inspections, issues, acceptance and
 * hand-over, and one row per project. Holds no personal data.
 */
public record Report(ReportRequest request, Locale locale, String scope, Instant generatedAt, Headline headline,
                     String narrative, List<TypeFigure> types, ConsultationReadService.Figures consultation,
                     List<ProjectFigure> projects, Extent extent, List<ProjectEnding> endings) {

    /** A report without figures of size and money, or of the projects' ends (a document built by hand, as in tests). */
    public Report(ReportRequest request, Locale locale, String scope, Instant generatedAt, Headline headline,
                  String narrative, List<TypeFigure> types, ConsultationReadService.Figures consultation,
                  List<ProjectFigure> projects) {
        this(request, locale, scope, generatedAt, headline, narrative, types, consultation, projects, Extent.NONE,
                List.of());
    }

    /** Whether any project in scope has something of its end recorded: else the report leaves the section out. */
    public boolean hasEndings() {
        return endings.stream().anyMatch(e -> !e.isEmpty());
    }

    /**
     * How large the programme is: its compounds' buildings and floor area (m², each compound once), its investment by
     * source, and the sentence that opens the narrative with its scope (null for a report of one project).
     */
    public record Extent(int buildings, BigDecimal floorArea, FundingReadService.Investment investment,
                         String opening) {

        public static final Extent NONE = new Extent(0, BigDecimal.ZERO, FundingReadService.Investment.NONE, null);
    }

    /**
     * Projects, compounds and households in scope, and how many of them have started (施工 or later) and been
     * completed (完工 or later): 开工率 and 完工率 by project count and by households.
     */
    public record Headline(int projects, int compounds, int households, int started, int completed,
                           int householdsStarted, int householdsCompleted) {

        public BigDecimal startRate() {
            return percent(started, projects);
        }

        public BigDecimal completionRate() {
            return percent(completed, projects);
        }

        public BigDecimal startRateByHouseholds() {
            return percent(householdsStarted, households);
        }

        public BigDecimal completionRateByHouseholds() {
            return percent(householdsCompleted, households);
        }

        private static BigDecimal percent(int part, int whole) {
            return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1,
                    RoundingMode.HALF_UP);
        }
    }

    /** A work type's planned quantity and what was completed in the period, with the percentage. */
    public record TypeFigure(WorkTypeData type, int items, BigDecimal planned, BigDecimal completed) {

        public BigDecimal percent() {
            return planned.signum() == 0 ? null
                    : completed.multiply(BigDecimal.valueOf(100)).divide(planned, 1, RoundingMode.HALF_UP);
        }
    }

    /**
     * A rate as reports print it: rounded half up to one decimal, as official statistics do (2/3 is 66.7). Consent
     * ratios decide pass or fail on their exact fractions, never on this.
     */
    public static BigDecimal rate(BigDecimal percent) {
        return percent == null ? null : percent.setScale(1, RoundingMode.HALF_UP);
    }

    /** A project's appendix row. */
    public record ProjectFigure(Long id, String code, String name, int year, ProjectStatus status, String communities,
                                int households, BigDecimal completion) {
    }
}
