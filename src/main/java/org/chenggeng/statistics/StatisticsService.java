package org.chenggeng.statistics;

import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.region.RegionLevel;
import org.chenggeng.region.RegionScope;
import org.chenggeng.region.RegionService;
import org.chenggeng.region.RegionService.RegionNode;
import org.chenggeng.security.Actor;
import org.chenggeng.security.CurrentUser;
import org.chenggeng.security.Role;
import org.chenggeng.security.Roles;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.EntityChanged;
import org.chenggeng.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The monthly form and its submission. Everyone reads the forms of regions within their scope. A region's own
 * official submits its month; an official of the region directly above (or an administrator) accepts or returns it.
 * Every step is announced for the audit log.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class StatisticsService {

    private static final String ENTITY = "STATISTICS_SUBMISSION";

    private final SubmissionRepository submissions;
    private final LiveFigures live;
    private final RegionService regions;
    private final RegionScope scope;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int deadlineDay;
    private final JsonMapper json = JsonMapper.builder().build();

    StatisticsService(SubmissionRepository submissions, LiveFigures live, RegionService regions, RegionScope scope,
                      CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
                      @Value("${chenggeng.statistics.deadline-day:5}") int deadlineDay) {
        this.submissions = submissions;
        this.live = live;
        this.regions = regions;
        this.scope = scope;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.deadlineDay = deadlineDay;
    }

    /** Where a region below stands for a month: its latest submission (if any), and whether it was late or is missing. */
    public record SubmissionState(Long regionId, String regionName, Long submissionId, long version,
                                  SubmissionStatus status, String submittedBy, Instant submittedAt, String decidedBy,
                                  String reason, boolean late, boolean missing) {
    }

    /**
     * The region's form for the month: a row per region directly below it (a region that submits counts with its
     * accepted submission only; communities are counted live, with a row of the region's own for projects spanning
     * them), or the region's own row when nothing lies below it; the total sums the rows.
     */
    @Transactional(readOnly = true)
    public StatisticsForm form(long regionId, YearMonth month) {
        RegionNode region = visible(currentUser.require(), regionId);
        List<RegionNode> below = children(regionId);
        if (below.stream().noneMatch(StatisticsService::submits)) {
            return StatisticsForm.of(regionId, region.name(), month, live.rows(region, below, month), List.of());
        }
        List<FormRow> rows = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (RegionNode child : below) {
            if (!submits(child)) {
                rows.addAll(live.rows(child, List.of(), month));
                continue;
            }
            Optional<StatisticsSubmission> accepted = latest(child.id(), month)
                    .filter(s -> s.getStatus() == SubmissionStatus.ACCEPTED);
            if (accepted.isPresent()) {
                rows.add(read(accepted.get()).total());
            } else {
                rows.add(FormRow.empty(child.id(), child.name()));
                missing.add(child.name());
            }
        }
        return StatisticsForm.of(regionId, region.name(), month, rows, missing);
    }

    /**
     * The region's form for the month as the records say now: a row per region directly below it counted live,
     * whatever was submitted (what the level above holds the submissions against), or the region's own row when
     * nothing lies below it.
     */
    @Transactional(readOnly = true)
    public StatisticsForm live(long regionId, YearMonth month) {
        RegionNode region = visible(currentUser.require(), regionId);
        return StatisticsForm.of(regionId, region.name(), month, live.rows(region, children(regionId), month),
                List.of());
    }

    /** The form as last submitted for the month, if it was. */
    @Transactional(readOnly = true)
    public Optional<StatisticsForm> submitted(long regionId, YearMonth month) {
        visible(currentUser.require(), regionId);
        return latest(regionId, month).map(this::read);
    }

    /** The total now less the total last submitted: what corrections changed since; empty when never submitted. */
    @Transactional(readOnly = true)
    public Optional<FormRow> difference(long regionId, YearMonth month) {
        return submitted(regionId, month).map(sent -> form(regionId, month).total().minus(sent.total()));
    }

    /** Submits the user's own region's form for a month, as it stands; refused while one waits for a decision. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @RolesAllowed(Roles.OFFICIAL)
    public Long submit(long regionId, YearMonth month) {
        Actor actor = currentUser.require();
        RegionNode region = visible(actor, regionId);
        if (!Long.valueOf(regionId).equals(actor.regionId())) {
            throw currentUser.deny(actor, "statistics.submit for another region " + regionId);
        }
        if (region.parentId() == null) {
            throw new DomainException("statistics.error.topRegion");
        }
        if (month.isAfter(YearMonth.now(clock))) {
            throw new DomainException("statistics.error.futureMonth");
        }
        if (latest(regionId, month).filter(s -> s.getStatus() == SubmissionStatus.SUBMITTED).isPresent()) {
            throw new DomainException("statistics.error.pending");
        }
        String figures = json.writeValueAsString(form(regionId, month));
        if (figures.length() > StatisticsSubmission.FIGURES_LENGTH) {
            throw new DomainException("statistics.error.tooLarge");
        }
        StatisticsSubmission s = submissions.saveAndFlush(new StatisticsSubmission(regionId, month.toString(), figures,
                actor.username(), clock.instant()));
        events.publishEvent(EntityChanged.created(ENTITY, s.getId(), s.snapshot()));
        return s.getId();
    }

    /** Accepts a submission; for an official of the region directly above, or an administrator. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.OFFICIAL})
    public void accept(long submissionId, long version) {
        decide(submissionId, version, null);
    }

    /** Returns a submission with the reason, for the region to correct and submit again. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.OFFICIAL})
    public void giveBack(long submissionId, long version, String reason) {
        decide(submissionId, version, reason == null ? "" : reason);
    }

    /** For each region directly below: who has submitted the month, what was decided, who is late or missing. */
    @Transactional(readOnly = true)
    public List<SubmissionState> states(long regionId, YearMonth month) {
        visible(currentUser.require(), regionId);
        Instant deadline = deadline(month);
        boolean overdue = clock.instant().isAfter(deadline);
        List<SubmissionState> states = new ArrayList<>();
        for (RegionNode child : children(regionId)) {
            if (!submits(child)) {
                continue;
            }
            List<StatisticsSubmission> all = submissions.findByRegionIdAndPeriodOrderBySubmittedAtDescIdDesc(child.id(),
                    month.toString());
            if (all.isEmpty()) {
                states.add(new SubmissionState(child.id(), child.name(), null, 0, null, null, null, null, null,
                        false, overdue));
                continue;
            }
            StatisticsSubmission s = all.getFirst();
            boolean late = all.getLast().getSubmittedAt().isAfter(deadline);
            states.add(new SubmissionState(child.id(), child.name(), s.getId(), s.getVersion(), s.getStatus(),
                    s.getSubmittedBy(), s.getSubmittedAt(), s.getDecidedBy(), s.getReason(), late, false));
        }
        return states;
    }

    /** The last moment a month's form is on time: the end of the deadline day of the following month. */
    public Instant deadline(YearMonth month) {
        LocalDate day = month.plusMonths(1).atDay(Math.min(deadlineDay, month.plusMonths(1).lengthOfMonth()));
        return day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    }

    private void decide(long submissionId, long version, String reason) {
        Actor actor = currentUser.require();
        StatisticsSubmission s = submissions.findById(submissionId).orElseThrow(NotFoundException::new);
        RegionNode region = visible(actor, s.getRegionId());
        if (!actor.isAdmin() && !(actor.is(Role.OFFICIAL) && region.parentId() != null
                && region.parentId().equals(actor.regionId()))) {
            throw currentUser.deny(actor, "statistics.decide " + submissionId);
        }
        s.checkVersion(version);
        Map<String, String> before = s.snapshot();
        if (reason == null) {
            s.accept(actor.username(), clock.instant());
        } else {
            s.giveBack(actor.username(), clock.instant(), reason);
        }
        submissions.saveAndFlush(s);
        events.publishEvent(EntityChanged.updated(ENTITY, submissionId, reason == null ? "ACCEPT" : "RETURN", before,
                s.snapshot()));
    }

    private Optional<StatisticsSubmission> latest(long regionId, YearMonth month) {
        return submissions.findByRegionIdAndPeriodOrderBySubmittedAtDescIdDesc(regionId, month.toString()).stream().findFirst();
    }

    private StatisticsForm read(StatisticsSubmission s) {
        return json.readValue(s.getFigures(), StatisticsForm.class);
    }

    private List<RegionNode> children(long regionId) {
        return regions.all().stream().filter(r -> Long.valueOf(regionId).equals(r.parentId())).toList();
    }

    /** Streets (towns, townships) and districts submit to the level above; communities are counted by their street. */
    private static boolean submits(RegionNode region) {
        return region.level() != RegionLevel.COMMUNITY;
    }

    private RegionNode visible(Actor actor, long regionId) {
        if (!actor.isAdmin() && !scope.covers(actor.regionId(), regionId)) {
            throw currentUser.hide(actor, "statistics region " + regionId);
        }
        try {
            return regions.get(regionId);
        } catch (NotFoundException e) {
            throw currentUser.hide(actor, "statistics region " + regionId);
        }
    }
}
