package org.chenggeng.project;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ProjectRepository extends JpaRepository<Project, Long>, JpaSpecificationExecutor<Project> {

    boolean existsByCodeIgnoreCase(String code);

    boolean existsByCodeIgnoreCaseAndIdNot(String code, Long id);

    @org.springframework.data.jpa.repository.Query("select p.code from Project p")
    java.util.List<String> codes();

    @org.springframework.data.jpa.repository.Query("select p.id from Project p order by p.id")
    java.util.List<Long> ids();
}
