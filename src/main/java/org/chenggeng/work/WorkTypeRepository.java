package org.chenggeng.work;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface WorkTypeRepository extends JpaRepository<WorkType, Long> {

    List<WorkType> findAllByOrderBySortOrderAscIdAsc();

    Optional<WorkType> findByCode(String code);

    boolean existsByCode(String code);
}
