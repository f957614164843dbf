package org.chenggeng.project;

import org.chenggeng.region.RegionService;
import org.chenggeng.security.ScopeDirectory;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.List;

/** Supplies the regions and projects that user administration offers as scopes. */
@Component
class ProjectScopeDirectory implements ScopeDirectory {

    private final RegionService regions;
    private final ProjectRepository projects;

    ProjectScopeDirectory(RegionService regions, ProjectRepository projects) {
        this.regions = regions;
        this.projects = projects;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RegionChoice> regionChoices() {
        return regions.paths().entrySet().stream()
                .map(e -> new RegionChoice(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(RegionChoice::path))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProjectChoice> projectChoices() {
        return projects.findAll(Sort.by("code")).stream()
                .map(p -> new ProjectChoice(p.getId(), p.getCode(), p.getName()))
                .toList();
    }
}
