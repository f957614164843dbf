package org.chenggeng.consultation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface HouseholdRepository extends JpaRepository<Household, Long> {

    List<Household> findByCompoundId(Long compoundId);

    List<Household> findByIdIn(Collection<Long> ids);

    /** The household at an address, found by the keyed hash of its room (the room itself is encrypted). */
    Optional<Household> findByCompoundIdAndBuildingAndUnitAndRoomHash(Long compoundId, String building, String unit,
                                                                      String roomHash);

    boolean existsByCompoundIdAndBuildingAndUnitAndRoomHashAndIdNot(Long compoundId, String building, String unit,
                                                                    String roomHash, Long id);

    List<Household> findByCompoundIdAndOwnerHash(Long compoundId, String ownerHash);

    List<Household> findByCompoundIdAndPhoneTailHash(Long compoundId, String phoneTailHash);

    long countByCompoundId(Long compoundId);

    @Query("select distinct h.building from Household h where h.compoundId = :compoundId")
    List<String> buildings(Long compoundId);
}
