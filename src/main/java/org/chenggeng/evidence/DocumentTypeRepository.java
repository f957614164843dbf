package org.chenggeng.evidence;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface DocumentTypeRepository extends JpaRepository<DocumentType, String> {

    List<DocumentType> findByActiveTrueOrderBySortOrderAsc();

    List<DocumentType> findAllByOrderBySortOrderAsc();
}
