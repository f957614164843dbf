package org.chenggeng.reporting;

import org.chenggeng.work.ReportSection;

import java.util.List;

/**
 * How an official wants the narrative sentence: which report sections come first, in that order (the others follow
 * in the catalogue's order), and whether it ends in 等 (some works left unnamed) or with a full stop.
 */
public record NarrativeStyle(List<ReportSection> firstSections, boolean endsWithEtc) {

    public static final NarrativeStyle USUAL = new NarrativeStyle(List.of(), true);

    public NarrativeStyle {
        firstSections = firstSections == null ? List.of() : firstSections.stream().distinct().toList();
    }

    /** The place of a section in the sentence: the chosen ones first, in the chosen order, then the rest. */
    int rank(ReportSection section) {
        int chosen = firstSections.indexOf(section);
        return chosen >= 0 ? chosen : firstSections.size() + section.ordinal();
    }
}
