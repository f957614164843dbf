package org.chenggeng.project;

import java.util.List;

/**
 * Many projects created at once (an import), each as a {@link ProjectChanged} would announce it, in one event, so that
 * a listener can sum them with a few statements instead of a few per project. Published inside the creating
 * transaction, after the projects' rows are written.
 */
public record ProjectChangedBatch(List<ProjectPlacement> placements) {

    public ProjectChangedBatch {
        placements = List.copyOf(placements);
    }
}
