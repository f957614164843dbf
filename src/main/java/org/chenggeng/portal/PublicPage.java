package org.chenggeng.portal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.chenggeng.shared.BaseEntity;
import org.chenggeng.shared.Snapshot;

import java.time.Instant;
import java.util.Map;

/** A project's public page: the random slug of its short link, so that a public URL never carries the project's id. */
@Entity
@Table(name = "public_page")
class PublicPage extends BaseEntity {

    @Column(name = "project_id", nullable = false)
    private Long projectId;
    @Column(nullable = false, length = 32)
    private String slug;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PublicPage() {
    }

    PublicPage(Long projectId, String slug, Instant createdAt) {
        this.projectId = projectId;
        this.slug = slug;
        this.createdAt = createdAt;
    }

    /** What the audit log keeps: the project, not the slug (which would open the page to anyone reading the log). */
    Map<String, String> snapshot() {
        return Snapshot.of().put("projectId", projectId).toMap();
    }

    Long getProjectId() {
        return projectId;
    }

    String getSlug() {
        return slug;
    }
}
