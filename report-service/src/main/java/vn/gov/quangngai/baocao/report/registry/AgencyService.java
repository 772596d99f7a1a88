package vn.gov.quangngai.baocao.report.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import vn.gov.quangngai.baocao.report.shared.CallerContext;
import vn.gov.quangngai.baocao.report.shared.Deadlines;
import vn.gov.quangngai.baocao.report.shared.Texts;
import vn.gov.quangngai.baocao.report.shared.Times;
import vn.gov.quangngai.baocao.report.shared.VietnameseDates;
import vn.gov.quangngai.baocao.support.i18n.Languages;
import vn.gov.quangngai.baocao.support.i18n.Msg;
import vn.gov.quangngai.baocao.support.paging.PageRequest;
import vn.gov.quangngai.baocao.support.paging.PageResult;
import vn.gov.quangngai.baocao.support.problem.ApiException;
import vn.gov.quangngai.baocao.support.problem.ErrorCode;
import vn.gov.quangngai.baocao.support.problem.Problem;

/**
 * The agency registry over time: read as of a day, one agency with its periods and lineage, and
 * dated changes (create, rename, merge, split, dissolve) planned by {@link RegistryPlanner} and
 * applied as one transaction, or only shown on a dry run. Changes touching the same agency take
 * turns ({@link RegistryLocks}); one made impossible by another recorded while it waited is a 409
 * naming that other change.
 */
@ApplicationScoped
public class AgencyService {

    private static final Logger LOG = Logger.getLogger(AgencyService.class);

    private final AgencyRepository agencies;
    private final CallerContext caller;
    private final ObjectMapper json;
    private final Event<RegistryChanged> changed;
    private final RegistryLocks locks;

    public AgencyService(AgencyRepository agencies, CallerContext caller, ObjectMapper json, Event<RegistryChanged> changed, RegistryLocks locks) {
        this.agencies = agencies;
        this.locks = locks;
        this.caller = caller;
        this.json = json;
        this.changed = changed;
    }

    /** The agencies in force on {@code day}, in the registry's order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<Agency> list(LocalDate day, PageRequest request) {
        List<Agency> items = agencies.asOf(day, request.page(), request.size()).stream()
                .map(p -> AgencyViews.agency(p, agencies.predecessors(p.code), agencies.successors(p.code), null)).toList();
        return new PageResult<>(items, request.page(), request.size(), agencies.countAsOf(day));
    }

    /** One agency with every period: as it is today, or as it was last when it has ended. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Agency get(String code) {
        List<AgencyPeriodEntity> periods = agencies.periods(code);
        if (periods.isEmpty()) {
            throw notFound(code);
        }
        AgencyPeriodEntity shown = shown(periods, Deadlines.today());
        return AgencyViews.agency(shown, agencies.predecessors(code), agencies.successors(code),
                periods.stream().map(p -> AgencyViews.period(AgencyViews.period(p))).toList());
    }

    /** Adds an agency from today (admin): a CREATE change. */
    @Transactional
    public Agency add(AgencyRequest body) {
        RegistryChange create = new RegistryChange.Create(Deadlines.today(), "POST /api/v1/agencies", body.code(), Texts.clean(body.name()), body.kind(),
                Texts.clean(body.parent()));
        locks.forCodes(RegistryChanges.codes(create));
        if (known(body.code())) {
            throw new ApiException(ErrorCode.AGENCY_EXISTS, Msg.of("report.agency.exists", body.code()));
        }
        applyInTurn(create, null, false);
        return get(body.code());
    }

    /** Renames an agency from today, or changes its kind or parent (admin): a RENAME change. */
    @Transactional
    public Agency update(String code, AgencyUpdateRequest body) {
        RegistryChange rename = new RegistryChange.Rename(Deadlines.today(), "PUT /api/v1/agencies/" + code, code, Texts.clean(body.name()), body.kind(),
                Texts.clean(body.parent()));
        locks.forCodes(RegistryChanges.codes(rename));
        if (!known(code)) {
            throw notFound(code);
        }
        applyInTurn(rename, null, false);
        return get(code);
    }

    /** Applies one change through the API (admin), or only shows what it would do. */
    @Transactional
    public AgencyChangeResult change(AgencyChangeRequest body, boolean dryRun) {
        return apply(RegistryChanges.of(body), null, dryRun);
    }

    /**
     * Applies a change, or only plans it: 422 naming every problem when it cannot be made; 409 naming
     * the earlier change when that change alone refuses it (it ended the agency, or took the code),
     * as for the losers of changes of the same agencies sent at once.
     * A {@code key} (an entry of a shipped change set) is recorded so that the set is applied once.
     */
    @Transactional
    public AgencyChangeResult apply(RegistryChange change, String key, boolean dryRun) {
        if (!dryRun) {
            locks.forCodes(RegistryChanges.codes(change));
        }
        return applyInTurn(change, key, dryRun);
    }

    /** {@link #apply} once this transaction holds the locks of the change's codes. */
    private AgencyChangeResult applyInTurn(RegistryChange change, String key, boolean dryRun) {
        RegistryPlanner.Plan plan = plan(change);
        if (!plan.isPossible()) {
            List<Problem.FieldError> errors = plan.problems().stream()
                    .map(p -> new Problem.FieldError(p.pointer(), p.message().in(Languages.current()))).toList();
            Optional<AgencyChangeEntity> winner = earlierChange(plan.problems());
            if (winner.isPresent()) {
                AgencyChangeEntity other = winner.get();
                throw new ApiException(ErrorCode.CONFLICT, Msg.of("report.registry.conflict", other.type, VietnameseDates.day(other.effective),
                        RegistryChanges.describe(other.type, other.body)), errors);
            }
            throw new ApiException(ErrorCode.VALIDATION_FAILED, Msg.of("support.body.problems", errors.size()), errors);
        }
        AgencyChangeResult result = RegistryChanges.result(change, plan, dryRun);
        if (!dryRun) {
            announce(store(change, key, plan));
            LOG.infof("Registry change %s effective %s (%s) applied by %s: ended %s, begun %s", result.type(), change.effective(),
                    change.basis(), appliedBy(), codes(plan.ended()), codes(plan.begun()) + (plan.corrected().isEmpty() ? "" : ", corrected " + codes(plan.corrected())));
        }
        return result;
    }

    /** The agencies in force on {@code day} among {@code codes}, by code; absent codes were not in force then. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, RegistryPeriod> inForce(List<String> codes, LocalDate day) {
        Map<String, RegistryPeriod> periods = new HashMap<>();
        agencies.periodsOn(codes, day).forEach((code, period) -> periods.put(code, AgencyViews.period(period)));
        return periods;
    }

    /** Every code ever in the registry. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> codes() {
        return agencies.codes();
    }

    /** Every agency {@code code} took over from, directly or through others. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> predecessors(String code) {
        return agencies.allPredecessors(code);
    }

    /** Every agency that took over from {@code code}, directly or through others. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> successors(String code) {
        return agencies.allSuccessors(code);
    }

    /** The agency as a reference for a row that names it (a report), without reading it. */
    public AgencyEntity reference(String code) {
        return agencies.getEntityManager().getReference(AgencyEntity.class, code);
    }

    /** Whether the code was ever in the registry (codes are never reused). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean known(String code) {
        return !agencies.periods(code).isEmpty();
    }

    /**
     * The name each agency's Keycloak group carries, by code: the name the registry shows for it, as
     * {@link #get} does (today's, or the last one once it has ended). Every agency ever in the
     * registry, or only {@code codes}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> groupNames(Collection<String> codes) {
        Map<String, List<AgencyPeriodEntity>> byCode = new TreeMap<>();
        (codes == null ? agencies.allPeriods() : agencies.periodsOf(codes))
                .forEach(period -> byCode.computeIfAbsent(period.code, code -> new ArrayList<>()).add(period));
        LocalDate today = Deadlines.today();
        Map<String, String> names = new TreeMap<>();
        byCode.forEach((code, periods) -> names.put(code, shown(periods, today).name));
        return names;
    }

    /**
     * Tells who keeps a copy of the registry which agencies this transaction created or renamed; they
     * hear of it once it commits, and never when it rolls back. Called once per transaction.
     */
    void announce(Collection<String> codes) {
        if (!codes.isEmpty()) {
            announce(groupNames(codes));
        }
    }

    /** {@link #announce(Collection)} with the names already known, code → name. */
    void announce(Map<String, String> names) {
        if (!names.isEmpty()) {
            changed.fire(new RegistryChanged(names));
        }
    }

    /** The period an agency is shown with: the one in force today, else its last (ended, or not yet begun). */
    private static AgencyPeriodEntity shown(List<AgencyPeriodEntity> periods, LocalDate today) {
        return periods.stream().filter(p -> AgencyViews.period(p).covers(today)).findFirst().orElse(periods.get(periods.size() - 1));
    }

    /** The change that alone refuses this one, when every problem is what it did: ended an agency, or took a code. */
    private Optional<AgencyChangeEntity> earlierChange(List<RegistryPlanner.Problem> problems) {
        if (problems.stream().anyMatch(p -> p.conflict() == null)) {
            return Optional.empty();
        }
        RegistryPlanner.Conflict conflict = problems.get(0).conflict();
        return agencies.changesOn(conflict.day()).stream()
                .filter(other -> (conflict.ended() ? RegistryChanges.ended(other.type, other.body) : RegistryChanges.created(other.type, other.body))
                        .contains(conflict.code()))
                .findFirst();
    }

    /** What the change would do to the registry as it is now (in this transaction). */
    RegistryPlanner.Plan plan(RegistryChange change) {
        RegistryPlanner.Plan plan = RegistryPlanner.plan(change, code -> agencies.periods(code).stream().map(AgencyViews::period).toList());
        if (!plan.isPossible()) {
            return plan;
        }
        List<RegistryPlanner.Problem> problems = endedWhileExpected(change, plan);
        return problems.isEmpty() ? plan
                : new RegistryPlanner.Plan(plan.ended(), plan.begun(), plan.corrected(), plan.links(), plan.created(), problems);
    }

    /**
     * Agencies the change ends (a rename ends a period but not the agency) on or before the last day
     * of a round that expects them: the registry would then say they were gone while the round
     * still awaits their report. Such a change is dated after that day, or not made.
     */
    private List<RegistryPlanner.Problem> endedWhileExpected(RegistryChange change, RegistryPlanner.Plan plan) {
        Set<String> continuing = plan.begun().stream().map(RegistryPeriod::code).collect(Collectors.toSet());
        List<String> ending = plan.ended().stream().map(RegistryPeriod::code).filter(code -> !continuing.contains(code)).distinct().toList();
        return agencies.latestRoundExpecting(ending).values().stream()
                .filter(round -> !change.effective().isAfter(round.periodEnd()))
                .map(round -> new RegistryPlanner.Problem("/effective", Msg.of("report.registry.expectedByRound", round.agency(), round.round(),
                        VietnameseDates.day(round.periodEnd()))))
                .toList();
    }

    /**
     * Stores a possible plan: the change, the periods it ends and begins, its links. Answers the
     * agencies created or renamed, for the caller to {@link #announce} once its transaction has
     * made all its changes.
     */
    Set<String> store(RegistryChange change, String key, RegistryPlanner.Plan plan) {
        AgencyChangeEntity record = new AgencyChangeEntity();
        record.changeKey = key;
        record.type = RegistryChanges.type(change).name();
        record.effective = change.effective();
        record.basis = change.basis();
        record.body = json.valueToTree(change);
        record.appliedAt = Times.now();
        record.appliedBy = appliedBy();
        agencies.persistChange(record);
        for (RegistryPeriod ended : plan.ended()) {
            agencies.periods(ended.code()).stream().filter(p -> p.validTo == null).forEach(p -> p.validTo = ended.validTo());
        }
        for (RegistryPeriod corrected : plan.corrected()) {
            agencies.periods(corrected.code()).stream().filter(p -> p.validTo == null).forEach(p -> {
                p.name = corrected.name();
                p.kind = corrected.kind().name();
                p.parentCode = corrected.parent();
            });
        }
        for (String code : plan.created()) {
            AgencyEntity agency = new AgencyEntity();
            agency.code = code;
            agency.sortOrder = agencies.nextSortOrder();
            agencies.persist(agency);
        }
        agencies.flush();
        for (RegistryPeriod begun : plan.begun()) {
            AgencyPeriodEntity period = new AgencyPeriodEntity();
            period.code = begun.code();
            period.validFrom = begun.validFrom();
            period.name = begun.name();
            period.kind = begun.kind().name();
            period.parentCode = begun.parent();
            agencies.persistPeriod(period);
        }
        for (RegistryPlanner.Link link : plan.links()) {
            AgencyLinkEntity row = new AgencyLinkEntity();
            row.predecessor = link.predecessor();
            row.successor = link.successor();
            row.effective = change.effective();
            row.changeId = record.id;
            agencies.persistLink(row);
        }
        Set<String> touched = new LinkedHashSet<>(plan.created());
        plan.begun().forEach(p -> touched.add(p.code()));
        plan.corrected().forEach(p -> touched.add(p.code()));
        return touched;
    }

    /** Who made the change: the caller's user name or subject; the service itself for the change sets it ships. */
    String appliedBy() {
        try {
            var actor = caller.actor();
            String who = actor.username() != null ? actor.username() : actor.subject();
            return who == null ? "report-service" : who;
        } catch (RuntimeException outsideARequest) {
            return "report-service";
        }
    }

    private static List<String> codes(List<RegistryPeriod> periods) {
        return periods.stream().map(RegistryPeriod::code).toList();
    }

    static ApiException notFound(String code) {
        return new ApiException(ErrorCode.AGENCY_NOT_FOUND, Msg.of("report.registry.notFound", code));
    }
}
