package org.chenggeng.evidence;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

interface StoredFileRepository extends JpaRepository<StoredFile, Long> {

    Optional<StoredFile> findBySha256(String sha256);

    @Query("select f from StoredFile f where f.id > :after order by f.id")
    List<StoredFile> after(@Param("after") long after, Pageable page);
}
