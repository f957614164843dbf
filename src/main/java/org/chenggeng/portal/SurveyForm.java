package org.chenggeng.portal;

import org.chenggeng.work.PublicProgress.PublicWork;

import java.util.List;

/**
 * The satisfaction survey as its template shows it: the code's round (compound, note, last day), the works one may
 * rate (by their place in the list, never an id), the code as typed, the signed token and what was wrong.
 */
public record SurveyForm(String token, String code, String projectName, String compoundName, String summary,
                         java.time.LocalDate closesOn, List<PublicWork> works, String error) {

    /** Whether the code has opened a survey yet (otherwise the page asks for it). */
    public boolean opened() {
        return projectName != null;
    }
}
