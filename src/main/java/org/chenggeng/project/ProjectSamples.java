package org.chenggeng.project;

import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects marked as sample data, for the demo data (which runs as an administrator): kept apart from
 * {@link ProjectEditing} so the services people use carry no demo code.
 */
@Service
@RolesAllowed(Roles.SYSTEM_ADMIN)
public class ProjectSamples {

    private final NewProjects newProjects;

    ProjectSamples(NewProjects newProjects) {
        this.newProjects = newProjects;
    }

    /** Creates a project marked as sample data, in 谋划. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Long project(ProjectData data) {
        return newProjects.create(data, true);
    }
}
