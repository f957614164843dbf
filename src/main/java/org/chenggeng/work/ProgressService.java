package org.chenggeng.work;

import org.chenggeng.project.ProjectAccess;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.security.CurrentUser;
import org.chenggeng.security.Actor;
import org.chenggeng.shared.DateBounds;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.IdempotencyKeys;
import org.chenggeng.shared.MessageKey;
import org.chenggeng.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The progress ledger: logging what was done and correcting mistakes by appending, never by editing. Every
 * write checks, in order: the user's scope and right to write, the project being under construction, the
 * date (not in the future, not before the start, not in a locked month), the other modules' rules
 * ({@link ProgressGuard}: a stage waiting for its inspection) and the quantity's shape in its unit.
 * A refused entry changes nothing.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ProgressService {

    private final WorkItemRepository items;
    private final WorkTypeRepository types;
    private final ProgressEntryRepository entries;
    private final ProjectAccess projects;
    private final PeriodLockService locks;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ItemChanges itemChanges;
    private final IdempotencyKeys keys;
    private final List<ProgressGuard> guards;

    ProgressService(WorkItemRepository items, WorkTypeRepository types, ProgressEntryRepository entries,
                    ProjectAccess projects, PeriodLockService locks, CurrentUser currentUser, Clock clock,
                    ItemChanges itemChanges, IdempotencyKeys keys, List<ProgressGuard> guards) {
        this.guards = guards;
        this.keys = keys;
        this.items = items;
        this.types = types;
        this.entries = entries;
        this.projects = projects;
        this.locks = locks;
        this.currentUser = currentUser;
        this.clock = clock;
        this.itemChanges = itemChanges;
    }

    /** Work done on an item: date, quantity, note; {@code overrunConfirmed} once the user agreed to pass the plan. */
    public record LogRequest(long workItemId, LocalDate date, BigDecimal quantity, String note,
                             boolean overrunConfirmed) {
    }

    /**
     * The entry logged and its item's totals once it counted, as committed with it; {@code replayed} when this
     * answers a resent request (same idempotency key) that wrote nothing.
     */
    public record Logged(Long entryId, long workItemId, BigDecimal completed, BigDecimal planned, boolean overPlan,
                         boolean replayed) {

        Logged replay() {
            return new Logged(entryId, workItemId, completed, planned, overPlan, true);
        }
    }

    /** A correction of entry {@code entryId}: the quantity it should have had, and why. */
    public record CorrectionRequest(long entryId, BigDecimal rightQuantity, String reason, boolean overrunConfirmed) {
    }

    /** A ledger line; for an original entry, {@code counted} is its quantity after any corrections. */
    public record EntryRow(Long id, Long workItemId, LocalDate date, BigDecimal quantity, BigDecimal counted,
                           String note, Long correctsId, String reason, boolean overPlan, String recordedBy,
                           Instant recordedAt) {

        public boolean isCorrection() {
            return correctsId != null;
        }
    }

    /** Logs work done on an item; returns the new entry's id. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Long log(LogRequest request) {
        return log(request, null).entryId();
    }

    /**
     * Logs work done on an item at most once per {@code idempotencyKey} (none: every call logs): a request sent
     * again with the same key, even after its first answer was lost, answers the first entry and writes nothing;
     * the same key with a different request is refused ({@code idempotency.error.keyReused}). The answer is what
     * this transaction commits, so a caller need not read the item again after it.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Logged log(LogRequest request, String idempotencyKey) {
        // The item's lock comes first: two sends of one key then run one after the other, and the second sees
        // the key the first committed.
        WorkItem item = items.findForUpdate(request.workItemId()).orElseThrow(NotFoundException::new);
        Actor actor = currentUser.require();
        String described = idempotencyKey == null ? null : describe(request);
        if (idempotencyKey != null) {
            projects.workAccess(item.getProjectId());
            Optional<Logged> first = keys.answered(actor.id(), idempotencyKey, described, Logged.class);
            if (first.isPresent()) {
                return first.get().replay();
            }
        }
        ProjectAccess.WorkAccess project = writableInProgress(item);
        checkDate(request.date(), project);
        for (ProgressGuard guard : guards) {
            guard.gate(project.id()).refusal(item.getId(), item.getWorkTypeId(), request.date()).ifPresent(refusal -> {
                throw refusal;
            });
        }
        Unit unit = unitOf(item);
        ItemState before = itemChanges.state(item);
        ProgressEntry entry = item.log(request.date(), request.quantity(), request.note(), unit,
                request.overrunConfirmed(), actor.username(), clock.instant(), null);
        Long id = entries.save(entry).getId();
        itemChanges.entriesAdded(before, item, Map.of(entry.getWorkDate(), entry.getQuantity()));
        Logged logged = new Logged(id, item.getId(), item.getCompletedQuantity(), item.getPlannedQuantity(),
                item.getCompletedQuantity().compareTo(item.getPlannedQuantity()) > 0, false);
        if (idempotencyKey != null) {
            keys.remember(actor.id(), idempotencyKey, described, logged);
        }
        return logged;
    }

    /** What makes two log requests the same request, whatever the quantity's trailing zeros. */
    private static String describe(LogRequest r) {
        return "progress.log item=" + r.workItemId() + " date=" + r.date() + " quantity="
                + (r.quantity() == null ? null : r.quantity().stripTrailingZeros().toPlainString()) + " note="
                + r.note() + " confirmed=" + r.overrunConfirmed();
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Long correct(CorrectionRequest request) {
        ProgressEntry original = entries.findById(request.entryId()).orElseThrow(NotFoundException::new);
        WorkItem item = items.findForUpdate(original.getWorkItemId()).orElseThrow(NotFoundException::new);
        ProjectAccess.WorkAccess project = writableInProgress(item);
        checkNotLocked(original.getWorkDate(), project);
        BigDecimal counted = entries.countedFor(original.getId());
        ItemState before = itemChanges.state(item);
        ProgressEntry correction = item.correct(original, counted, request.rightQuantity(), request.reason(),
                unitOf(item), request.overrunConfirmed(), currentUser.require().username(), clock.instant());
        Long id = entries.save(correction).getId();
        itemChanges.entriesAdded(before, item, Map.of(correction.getWorkDate(), correction.getQuantity()));
        return id;
    }

    /** Every line of an item's ledger, newest first, corrections beside the entries they correct. */
    @Transactional(readOnly = true)
    public List<EntryRow> ledger(long workItemId) {
        WorkItem item = items.findById(workItemId).orElseThrow(NotFoundException::new);
        projects.workAccess(item.getProjectId());
        return rows(entries.findByWorkItemIdOrderByWorkDateDescRecordedAtDescIdDesc(workItemId));
    }

    /** The entries of one item on one day, as the logging screen lists them. */
    @Transactional(readOnly = true)
    public List<EntryRow> day(long workItemId, LocalDate date) {
        WorkItem item = items.findById(workItemId).orElseThrow(NotFoundException::new);
        projects.workAccess(item.getProjectId());
        return rows(entries.findByWorkItemIdAndWorkDateOrderByRecordedAtAscIdAsc(workItemId, date));
    }

    ProjectAccess.WorkAccess writableInProgress(WorkItem item) {
        ProjectAccess.WorkAccess project = projects.workAccess(item.getProjectId());
        if (!project.mayWrite()) {
            throw currentUser.deny(currentUser.require(), "progress.write project " + project.id());
        }
        if (project.status() != ProjectStatus.IN_PROGRESS) {
            throw new DomainException("progress.error.projectNotInProgress",
                    MessageKey.of(project.status().labelKey()));
        }
        return project;
    }

    void checkDate(LocalDate date, ProjectAccess.WorkAccess project) {
        if (date == null) {
            throw new DomainException("progress.error.dateRequired");
        }
        if (!DateBounds.isSane(date)) {
            throw new DomainException("date.error.outOfRange", MessageKey.of("log.date"), date.toString(),
                    DateBounds.MIN.toString(), DateBounds.MAX.toString());
        }
        if (date.isAfter(LocalDate.now(clock))) {
            throw new DomainException("error.dateInFuture");
        }
        if (project.actualStart() != null && date.isBefore(project.actualStart())) {
            throw new DomainException("progress.error.beforeStart", project.actualStart().toString());
        }
        checkNotLocked(date, project);
    }

    void checkNotLocked(LocalDate date, ProjectAccess.WorkAccess project) {
        YearMonth month = YearMonth.from(date);
        if (locks.isLocked(project.communityIds(), month)) {
            throw new DomainException("progress.error.monthLocked", month.toString());
        }
    }

    Unit unitOf(WorkItem item) {
        return types.findById(item.getWorkTypeId()).orElseThrow(NotFoundException::new).getUnit();
    }

    /** The rows of these ledger lines, each original with what it counts for after its corrections. */
    List<EntryRow> rows(List<ProgressEntry> found) {
        List<Long> originals = found.stream().filter(e -> e.getCorrectsId() == null).map(ProgressEntry::getId).toList();
        Map<Long, BigDecimal> corrections = originals.isEmpty() ? Map.of()
                : entries.findByCorrectsIdIn(originals).stream().collect(Collectors.groupingBy(
                ProgressEntry::getCorrectsId, Collectors.reducing(BigDecimal.ZERO, ProgressEntry::getQuantity,
                        BigDecimal::add)));
        return found.stream().map(e -> new EntryRow(e.getId(), e.getWorkItemId(), e.getWorkDate(), e.getQuantity(),
                e.getCorrectsId() == null ? e.getQuantity().add(corrections.getOrDefault(e.getId(), BigDecimal.ZERO))
                        : null, e.getNote(), e.getCorrectsId(), e.getReason(), e.isOverPlan(), e.getRecordedBy(),
                e.getRecordedAt())).toList();
    }
}
