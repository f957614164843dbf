package org.chenggeng.funding;

import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.EntityChanged;
import org.chenggeng.shared.NotFoundException;
import org.chenggeng.shared.Snapshot;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The investment completed (完成投资): an append-only monthly ledger per project and source. A mistake is put right by
 * a correction that names the entry and says why, never by editing; a locked month takes neither (the locks are the
 * progress ledger's, {@code work.PeriodLockService}). A refused entry changes nothing.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class InvestmentLedger {

    private static final String ENTITY = "INVESTMENT_ENTRY";

    private final FundingAccess access;
    private final InvestmentEntryRepository entries;
    private final FundingSourceRepository sources;
    private final FundingStates states;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InvestmentLedger(FundingAccess access, InvestmentEntryRepository entries, FundingSourceRepository sources,
                     FundingStates states, ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.entries = entries;
        this.sources = sources;
        this.states = states;
        this.events = events;
        this.clock = clock;
    }

    /** Money from a source spent on a project in a month, in yuan. */
    public record InvestmentRequest(long projectId, long sourceId, YearMonth month, BigDecimal amount, String note) {
    }

    /** The correction of entry {@code entryId}: the amount it should have had, and why. */
    public record InvestmentCorrection(long entryId, BigDecimal rightAmount, String reason) {
    }

    /**
     * A ledger line; for an original entry {@code counted} is its amount after corrections; {@code locked} when its
     * month is locked now (it cannot be corrected until unlocked).
     */
    public record InvestmentRow(Long id, long sourceId, YearMonth month, BigDecimal amount, BigDecimal counted,
                                String note, Long correctsId, String reason, String recordedBy, Instant recordedAt,
                                boolean locked) {

        public boolean isCorrection() {
            return correctsId != null;
        }
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Long record(InvestmentRequest request) {
        FundingAccess.Target target = access.ledger(request.projectId(), request.month());
        FundingSource source = sources.findById(request.sourceId())
                .orElseThrow(() -> new DomainException("funding.error.unknownSource"));
        if (source.isRetired()) {
            throw new DomainException("funding.error.retiredSource", source.getCode());
        }
        InvestmentEntry entry = InvestmentEntry.spent(request.projectId(), request.sourceId(), request.month(),
                request.amount(), request.note(), target.actor().username(), clock.instant(), null);
        return append(entry);
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Long correct(InvestmentCorrection request) {
        InvestmentEntry original = entries.findById(request.entryId()).orElseThrow(NotFoundException::new);
        FundingAccess.Target target = access.ledger(original.getProjectId(), original.getMonth());
        InvestmentEntry correction = original.correctedTo(entries.countedFor(original.getId()), request.rightAmount(),
                request.reason(), target.actor().username(), clock.instant());
        return append(correction);
    }

    /** Every line of a project's ledger, newest month first, corrections beside what they correct. */
    @Transactional(readOnly = true)
    public List<InvestmentRow> ledger(long projectId) {
        FundingAccess.Target target = access.read(projectId);
        List<InvestmentEntry> found = entries.findByProjectIdOrderByMonthDescRecordedAtDescIdDesc(projectId);
        Map<Long, BigDecimal> corrections = found.stream().filter(e -> e.getCorrectsId() != null).collect(
                Collectors.groupingBy(InvestmentEntry::getCorrectsId,
                        Collectors.reducing(BigDecimal.ZERO, InvestmentEntry::getAmount, BigDecimal::add)));
        Map<YearMonth, Boolean> locked = new java.util.HashMap<>();
        return found.stream().map(e -> new InvestmentRow(e.getId(), e.getSourceId(), e.getMonth(), e.getAmount(),
                e.getCorrectsId() == null ? e.getAmount().add(corrections.getOrDefault(e.getId(), BigDecimal.ZERO))
                        : null, e.getNote(), e.getCorrectsId(), e.getReason(), e.getRecordedBy(), e.getRecordedAt(),
                locked.computeIfAbsent(e.getMonth(), m -> access.isLocked(target, m)))).toList();
    }

    /** Saves a line and announces what it changed; one place, so that no path forgets the summary or the audit. */
    private Long append(InvestmentEntry entry) {
        SourceState before = states.of(entry.getProjectId(), entry.getSourceId());
        Long id = entries.saveAndFlush(entry).getId();
        events.publishEvent(EntityChanged.created(ENTITY, id, Snapshot.of().put("projectId", entry.getProjectId())
                .put("sourceId", entry.getSourceId()).put("month", entry.getMonth()).put("amount", entry.getAmount())
                .put("correctsId", entry.getCorrectsId()).put("reason", entry.getReason()).toMap()));
        events.publishEvent(new InvestmentChanged(entry.getProjectId(), List.of(before),
                List.of(before.plus(entry.getMonthKey(), entry.getAmount()))));
        return id;
    }
}
