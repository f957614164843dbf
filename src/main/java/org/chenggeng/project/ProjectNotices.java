package org.chenggeng.project;

import java.util.List;

/**
 * What other modules have to say on a project's page (overdue issues, say), supplied by the modules that know it
 * (which depend on this one). Each notice is a message key with its arguments and the page that tells more; the
 * supplier checks the signed-in user's scope as its own services do.
 */
public interface ProjectNotices {

    /** The notices for the project, for a user who may see it; empty when there is nothing to say. */
    List<Notice> of(long projectId);

    /** A sentence for the project's page and where it leads; {@code warning} for what needs doing. */
    record Notice(String messageKey, List<Object> arguments, String route, boolean warning) {

        public Notice {
            arguments = List.copyOf(arguments);
        }
    }
}
