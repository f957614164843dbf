package org.chenggeng.portal;

import org.chenggeng.support.TestUsers;
import org.springframework.jdbc.core.JdbcTemplate;

/** Finds demo projects and their public slugs for the portal's tests. */
final class PortalSupport {

    private PortalSupport() {
    }

    static long projectId(JdbcTemplate jdbc, String code) {
        return jdbc.queryForObject("select id from project where code = ?", Long.class, code);
    }

    /** The project's slug as an administrator sees it on the project page (made on first asking). */
    static String slug(TestUsers as, PublicLinks links, long projectId) throws Exception {
        return as.as("admin", () -> links.slugOf(projectId));
    }
}
