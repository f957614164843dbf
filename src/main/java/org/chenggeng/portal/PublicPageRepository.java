package org.chenggeng.portal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface PublicPageRepository extends JpaRepository<PublicPage, Long> {

    Optional<PublicPage> findByProjectId(Long projectId);

    Optional<PublicPage> findBySlug(String slug);
}
