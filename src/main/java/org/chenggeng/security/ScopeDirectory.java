package org.chenggeng.security;

import java.util.List;

/**
 * What a user's scope can be made of, supplied by the modules that own regions and projects. Implemented
 * outside this module so that security depends on neither of them.
 */
public interface ScopeDirectory {

    /** A region a user can be scoped to, with its full path for display (天津市 / 河东区 / 月牙河街). */
    record RegionChoice(Long id, String path) {
    }

    /** A project a project manager can be assigned to. */
    record ProjectChoice(Long id, String code, String name) {
    }

    List<RegionChoice> regionChoices();

    List<ProjectChoice> projectChoices();
}
