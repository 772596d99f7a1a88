package vn.gov.quangngai.baocao.report.rounds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import vn.gov.quangngai.baocao.report.registry.RegistryPeriod;
import vn.gov.quangngai.baocao.report.registry.AgencyService;
import vn.gov.quangngai.baocao.report.shared.CallerContext;
import vn.gov.quangngai.baocao.report.shared.Deadlines;
import vn.gov.quangngai.baocao.report.shared.ReportStatus;
import vn.gov.quangngai.baocao.report.shared.Template;
import vn.gov.quangngai.baocao.report.shared.Texts;
import vn.gov.quangngai.baocao.report.shared.Times;
import vn.gov.quangngai.baocao.support.i18n.Msg;
import vn.gov.quangngai.baocao.support.paging.PageRequest;
import vn.gov.quangngai.baocao.support.paging.PageResult;
import vn.gov.quangngai.baocao.support.problem.ApiException;
import vn.gov.quangngai.baocao.support.problem.DatabaseConstraint;
import vn.gov.quangngai.baocao.support.problem.ErrorCode;

/** Opening, listing and closing rounds; which rounds a caller may see. */
@ApplicationScoped
public class RoundService {

    private static final Logger LOG = Logger.getLogger(RoundService.class);

    private final RoundRepository rounds;
    private final ReportRepository reports;
    private final ReportRowQuery lines;
    private final TemplateCatalog templates;
    private final AgencyService registry;
    private final AuditTrail audit;
    private final CallerContext caller;
    private final RoundTemplates roundTemplates;

    public RoundService(RoundRepository rounds, ReportRepository reports, ReportRowQuery lines,
                        TemplateCatalog templates, AgencyService registry, AuditTrail audit, CallerContext caller,
                        RoundTemplates roundTemplates) {
        this.registry = registry;
        this.rounds = rounds;
        this.reports = reports;
        this.lines = lines;
        this.templates = templates;
        this.audit = audit;
        this.caller = caller;
        this.roundTemplates = roundTemplates;
    }

    /** Opens a round from its checked request; every expected agency gets a NOT_STARTED report. */
    @Transactional
    public Round open(RoundRequest body) {
        String code = body.code();
        if (rounds.findByCode(code).isPresent()) {
            throw exists(code);
        }
        OffsetDateTime now = Times.now();
        RoundEntity round = new RoundEntity();
        round.code = code;
        round.title = Texts.clean(body.title());
        round.requestNumber = Texts.clean(body.request().number());
        round.requestDate = body.request().date();
        round.requestIssuer = Texts.clean(body.request().issuer());
        round.periodKind = body.period().kind().name();
        round.periodYear = body.period().year();
        round.periodIndex = body.period().index();
        round.asOf = Periods.end(body.period().kind(), body.period().year(), body.period().index());
        round.deadline = Deadlines.parse(body.deadline().strip()).orElseThrow();
        round.status = "OPEN";
        round.templateCode = body.templateCode() == null || body.templateCode().isBlank() ? null : body.templateCode().strip();
        round.template = round.templateCode == null ? Templates.of(body.template()) : templates.template(round.templateCode).orElseThrow();
        round.createdAt = now;
        round.createdBy = caller.actor().subject();
        persistNew(round);
        List<String> expected = body.agencies().stream().map(String::strip).toList();
        Map<String, RegistryPeriod> then = registry.inForce(expected, round.asOf);
        for (int i = 0; i < expected.size(); i++) {
            RegistryPeriod agency = then.get(expected.get(i));
            ReportEntity report = new ReportEntity();
            report.round = round;
            report.agency = registry.reference(expected.get(i));
            report.agencyName = agency.name();
            report.agencyKind = agency.kind().name();
            report.agencyParent = agency.parent();
            report.position = i + 1;
            report.status = ReportStatus.NOT_STARTED;
            report.updatedAt = now;
            reports.persist(report);
        }
        audit.announce(round.code, null, null, "ROUND_OPENED", now);
        LOG.infof("Round %s opened by %s for %d agencies, deadline %s", round.code, caller.actor().username(), expected.size(), round.deadline);
        return RoundViews.round(round, reports.expected(round));
    }

    /**
     * Inserts the round now, so that two requests opening the same code at once end in ROUND_EXISTS, not in a duplicate-key error:
     * the insert waits for the other request's transaction and then breaks the unique key. Hibernate throws its own
     * ConstraintViolationException, itself a PersistenceException, with the driver's error as its cause: the cause chain is read.
     */
    private void persistNew(RoundEntity round) {
        try {
            rounds.persistAndFlush(round);
        } catch (PersistenceException e) {
            if (DatabaseConstraint.isUniqueViolation(e)) {
                throw exists(round.code);
            }
            throw e;
        }
    }

    private static ApiException exists(String code) {
        return new ApiException(ErrorCode.ROUND_EXISTS, Msg.of("report.round.exists", code));
    }

    /** Newest first, optionally only the OPEN or the CLOSED ones; with counts, or with the caller's own report. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<Round> list(PageRequest page, String status) {
        if (caller.seesAllRounds()) {
            return new PageResult<>(views(rounds.pageAll(status, page.page(), page.size())), page.page(), page.size(), rounds.countAll(status));
        }
        String agency = caller.agencyCode() == null ? "" : caller.agencyCode();
        return new PageResult<>(views(rounds.pageForAgency(agency, status, page.page(), page.size())), page.page(), page.size(),
                rounds.countForAgency(agency, status));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Round get(String code) {
        return views(List.of(visible(code))).get(0);
    }

    /** One line per expected agency, in the round's order; only those of one status when {@code status} is given. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<ReportRow> rows(String roundCode, ReportStatus status, PageRequest page) {
        RoundEntity round = visible(roundCode);
        List<ReportRow> rows = lines.page(round, status, page.page(), page.size()).stream().map(RoundViews::row).toList();
        return new PageResult<>(rows, page.page(), page.size(), lines.count(round, status));
    }

    /** The outline a report of the agency in the round is checked against, if the round exists and expects the agency. */
    public Optional<Template> templateFor(String roundCode, String agency) {
        return rounds.findByCode(normalize(roundCode)).filter(round -> agency != null && reports.isExpected(round, agency)).map(roundTemplates::of);
    }

    /** Closes the round: no more submissions, unless SNV reopens it for an agency. */
    @Transactional
    public Round close(String code) {
        RoundEntity round = rounds.findByCodeForUpdate(normalize(code)).orElseThrow(() -> notFound(code));
        if (round.isClosed()) {
            throw new ApiException(ErrorCode.ROUND_CLOSED, Msg.of("report.round.alreadyClosed", round.code, Times.local(round.closedAt)));
        }
        OffsetDateTime now = Times.now();
        round.status = "CLOSED";
        round.closedAt = now;
        audit.announce(round.code, null, null, "ROUND_CLOSED", now);
        LOG.infof("Round %s closed by %s", round.code, caller.actor().username());
        return RoundViews.round(round, reports.expected(round));
    }

    /**
     * The round, if the caller may see it: every round for SNV's people and report readers; for an
     * agency, the rounds it or an agency it took over from is expected in. A 404 otherwise, so that a
     * round's existence does not leak.
     */
    public RoundEntity visible(String code) {
        RoundEntity round = rounds.findByCode(normalize(code)).orElseThrow(() -> notFound(code));
        if (!caller.seesAllRounds() && (caller.agencyCode() == null || !reports.isAnyExpected(round, lineage(caller.agencyCode())))) {
            throw notFound(code);
        }
        return round;
    }

    /** Whether a submitter of the agency sees the round, by the rule of {@link #visible}, with the agency given rather than the caller's. */
    boolean visibleToAgency(String code, String agency) {
        return rounds.findByCode(normalize(code)).map(round -> reports.isAnyExpected(round, lineage(agency))).orElse(false);
    }

    /** The agency and every agency it took over from. */
    Set<String> lineage(String agency) {
        Set<String> lineage = new LinkedHashSet<>(List.of(agency));
        lineage.addAll(registry.predecessors(agency));
        return lineage;
    }

    private List<Round> views(List<RoundEntity> page) {
        if (caller.seesAllRounds()) {
            Map<Long, RoundCounts> counts = lines.counts(page.stream().map(r -> r.id).toList());
            return page.stream().map(r -> RoundViews.round(r, reports.expected(r), counts.get(r.id), null)).toList();
        }
        String agency = caller.agencyCode();
        return page.stream().map(r -> RoundViews.round(r, reports.expected(r), null,
                agency == null ? null : lines.line(r, agency).map(RoundViews::row).orElse(null))).toList();
    }

    static String normalize(String code) {
        return Texts.nfc(code);
    }

    static ApiException notFound(String code) {
        return new ApiException(ErrorCode.ROUND_NOT_FOUND, Msg.of("report.round.notFound", code));
    }
}
