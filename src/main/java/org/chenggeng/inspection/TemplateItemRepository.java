package org.chenggeng.inspection;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface TemplateItemRepository extends JpaRepository<TemplateItem, Long> {

    List<TemplateItem> findByKindOrderBySortOrderAscIdAsc(InspectionKind kind);
}
