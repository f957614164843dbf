package org.chenggeng.portal;

import org.chenggeng.project.ProjectAccess;
import org.chenggeng.shared.EntityChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.Optional;

/**
 * The public link of each project: its slug, made on first asking by someone who can see the project (the project
 * page shows it to staff), kept for good so that printed QR codes keep working. The public side only ever resolves a
 * slug to its project here; a project id never appears in a public URL.
 */
@Service
public class PublicLinks {

    private final PublicPageRepository pages;
    private final ProjectAccess projects;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;

    PublicLinks(PublicPageRepository pages, ProjectAccess projects, ApplicationEventPublisher events, Clock clock,
                PlatformTransactionManager transactions) {
        this.pages = pages;
        this.projects = projects;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * The slug of a project the signed-in user can see (refused and audited otherwise), made now if it has none yet
     * (audited). Two people asking at once get the same one.
     */
    @PreAuthorize("isAuthenticated()")
    public String slugOf(long projectId) {
        projects.get(projectId);
        Optional<String> known = transaction.execute(s -> pages.findByProjectId(projectId).map(PublicPage::getSlug));
        if (known.isPresent()) {
            return known.get();
        }
        try {
            return transaction.execute(s -> {
                PublicPage page = pages.save(new PublicPage(projectId, Slugs.newSlug(), clock.instant()));
                events.publishEvent(EntityChanged.created("PUBLIC_PAGE", page.getId(), page.snapshot()));
                return page.getSlug();
            });
        } catch (DataIntegrityViolationException madeMeanwhile) {
            return transaction.execute(s -> pages.findByProjectId(projectId).orElseThrow().getSlug());
        }
    }

    /** The project a public slug stands for; empty for anything else. */
    @Transactional(readOnly = true)
    public Optional<Long> projectOf(String slug) {
        if (!Slugs.wellFormed(slug)) {
            return Optional.empty();
        }
        return pages.findBySlug(slug).map(PublicPage::getProjectId);
    }
}
