package org.chenggeng.plan;

import org.chenggeng.shared.xlsx.ImportIssue;

import java.util.List;

/**
 * What a plan list preview found or an import did: every bad row (then nothing is written), the projects added (or
 * that would be), those already imported before (skipped), and the compounds created (or that would be).
 */
public record PlanListResult(int rows, List<ImportIssue> issues, int projects, int skipped, int compounds) {

    public boolean ok() {
        return issues.isEmpty();
    }
}
