package org.chenggeng.funding;

import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.security.Roles;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.EntityChanged;
import org.chenggeng.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/** The list of funding sources: everyone signed in reads it, the administrator keeps it. */
@Service
public class FundingSourceService {

    private static final String ENTITY = "FUNDING_SOURCE";

    private final FundingSourceRepository sources;
    private final ApplicationEventPublisher events;

    FundingSourceService(FundingSourceRepository sources, ApplicationEventPublisher events) {
        this.sources = sources;
        this.events = events;
    }

    /** Every source in list order, retired ones included (old ledger lines name them). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<FundingSourceRow> all() {
        return sources.findAllByOrderBySortOrderAscIdAsc().stream().map(FundingSource::row).toList();
    }

    /** The sources new plans and entries may name. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<FundingSourceRow> active() {
        return all().stream().filter(s -> !s.retired()).toList();
    }

    @Transactional
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public Long create(FundingSourceData data) {
        FundingSource source = new FundingSource(data);
        if (sources.findByCode(source.getCode()).isPresent()) {
            throw new DomainException("funding.source.error.codeTaken", source.getCode());
        }
        Long id = sources.saveAndFlush(source).getId();
        events.publishEvent(EntityChanged.created(ENTITY, id, source.snapshot()));
        return id;
    }

    @Transactional
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public void update(long id, long version, FundingSourceData data) {
        FundingSource source = sources.findById(id).orElseThrow(NotFoundException::new);
        source.checkVersion(version);
        Map<String, String> before = source.snapshot();
        source.update(data);
        events.publishEvent(EntityChanged.updated(ENTITY, id, "UPDATE", before, source.snapshot()));
    }

    /** Retires a source (no new plans or entries name it) or, with {@code retired} false, brings it back. */
    @Transactional
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public void retire(long id, long version, boolean retired) {
        FundingSource source = sources.findById(id).orElseThrow(NotFoundException::new);
        source.checkVersion(version);
        Map<String, String> before = source.snapshot();
        source.retire(retired);
        events.publishEvent(EntityChanged.updated(ENTITY, id, retired ? "RETIRE" : "REINSTATE", before,
                source.snapshot()));
    }
}
