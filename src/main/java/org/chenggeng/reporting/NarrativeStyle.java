package org.chenggeng.reporting;

import org.chenggeng.work.ReportSection;

import java.util.List;

/**
 * How an official wants the narrative sentence: which report sections come first, in that order (the others follow
 * in the catalogue's order), whether it ends in 等 (some works left unnamed) or with a full stop, and whether a
 * sentence on acceptance and rectification follows it (已完成竣工验收，整改问题N项全部销号).
 */
public record NarrativeStyle(List<ReportSection> firstSections, boolean endsWithEtc, boolean acceptance) {

    public static final NarrativeStyle USUAL = new NarrativeStyle(List.of(), true, false);

    public NarrativeStyle {
        firstSections = firstSections == null ? List.of() : firstSections.stream().distinct().toList();
    }

    public NarrativeStyle(List<ReportSection> firstSections, boolean endsWithEtc) {
        this(firstSections, endsWithEtc, false);
    }

    /** The place of a section in the sentence: the chosen ones first, in the chosen order, then the rest. */
    int rank(ReportSection section) {
        int chosen = firstSections.indexOf(section);
        return chosen >= 0 ? chosen : firstSections.size() + section.ordinal();
    }
}
