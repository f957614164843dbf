package org.chenggeng.evidence;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    boolean existsByDocumentType(String documentType);


    Optional<Attachment> findByToken(String token);

    Optional<Attachment> findByPublicToken(String publicToken);

    @Query("select a from Attachment a where a.projectId = :project and a.publicToken is not null"
            + " and a.withdrawnAt is null and a.personal = false and a.image = true order by a.takenOn, a.uploadedAt, a.id")
    List<Attachment> publicOfProject(@Param("project") Long project);

    @Query("select a from Attachment a where a.ownerType = :type and a.ownerId = :owner and a.fileId = :file"
            + " and a.withdrawnAt is null")
    Optional<Attachment> active(@Param("type") OwnerType type, @Param("owner") Long owner, @Param("file") Long file);

    @Query("select a from Attachment a where a.ownerType = :type and a.ownerId in :owners and a.withdrawnAt is null"
            + " order by a.ownerId, a.takenOn, a.uploadedAt, a.id")
    List<Attachment> ofOwners(@Param("type") OwnerType type, @Param("owners") Collection<Long> owners);

    @Query("select a from Attachment a where a.workItemId = :item and a.image = true and a.withdrawnAt is null"
            + " order by a.takenOn desc, a.uploadedAt desc, a.id desc")
    List<Attachment> photosOfItem(@Param("item") Long item, Pageable page);

    @Query("select a from Attachment a where a.projectId = :project and a.image = :image and a.withdrawnAt is null"
            + " and a.personal = false and a.takenOn between :from and :to"
            + " and (:item is null or a.workItemId = :item) and (:projectOnly = false or a.workItemId is null)"
            + " and (:phase is null or a.phase = :phase) order by a.takenOn desc, a.uploadedAt desc, a.id desc")
    List<Attachment> ofProject(@Param("project") Long project, @Param("image") boolean image,
                               @Param("from") LocalDate from, @Param("to") LocalDate to, @Param("item") Long item,
                               @Param("projectOnly") boolean projectOnly, @Param("phase") Phase phase, Pageable page);

    @Query("select a from Attachment a where a.projectId = :project and a.image = true and a.withdrawnAt is null"
            + " and a.personal = false and a.workItemId is not null and a.phase in :phases"
            + " order by a.workItemId, a.takenOn, a.uploadedAt, a.id")
    List<Attachment> photosByItem(@Param("project") Long project, @Param("phases") Collection<Phase> phases);

    @Query("select count(a) from Attachment a where a.projectId = :project and a.image = :image"
            + " and a.withdrawnAt is null and a.personal = false and a.takenOn between :from and :to"
            + " and (:item is null or a.workItemId = :item) and (:projectOnly = false or a.workItemId is null)"
            + " and (:phase is null or a.phase = :phase)")
    long countOfProject(@Param("project") Long project, @Param("image") boolean image, @Param("from") LocalDate from,
                        @Param("to") LocalDate to, @Param("item") Long item, @Param("projectOnly") boolean projectOnly,
                        @Param("phase") Phase phase);
}
