package org.chenggeng.funding;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface FundingSourceRepository extends JpaRepository<FundingSource, Long> {

    List<FundingSource> findAllByOrderBySortOrderAscIdAsc();

    Optional<FundingSource> findByCode(String code);
}
