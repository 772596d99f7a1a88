package vn.gov.quangngai.baocao.report.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import vn.gov.quangngai.baocao.report.api.RoundCounts;
import vn.gov.quangngai.baocao.report.api.RoundView;
import vn.gov.quangngai.baocao.report.domain.JsonFields;
import vn.gov.quangngai.baocao.report.domain.ReportStatus;
import vn.gov.quangngai.baocao.report.domain.Times;
import vn.gov.quangngai.baocao.report.domain.RoundDefinition;
import vn.gov.quangngai.baocao.report.domain.RoundDefinitionReader;
import vn.gov.quangngai.baocao.report.repository.AgencyEntity;
import vn.gov.quangngai.baocao.report.repository.AgencyRepository;
import vn.gov.quangngai.baocao.report.repository.ReportEntity;
import vn.gov.quangngai.baocao.report.repository.ReportRepository;
import vn.gov.quangngai.baocao.report.repository.ReportRowQuery;
import vn.gov.quangngai.baocao.report.repository.RoundEntity;
import vn.gov.quangngai.baocao.report.repository.RoundRepository;
import vn.gov.quangngai.baocao.support.paging.PageRequest;
import vn.gov.quangngai.baocao.support.paging.PageResult;
import vn.gov.quangngai.baocao.support.problem.ApiException;
import vn.gov.quangngai.baocao.support.problem.ErrorCode;

/** Opening, listing and closing rounds; which rounds a caller may see. */
@ApplicationScoped
public class RoundService {

    private static final Logger LOG = Logger.getLogger(RoundService.class);

    private final RoundRepository rounds;
    private final ReportRepository reports;
    private final ReportRowQuery lines;
    private final AgencyRepository agencies;
    private final TemplateCatalog templates;
    private final AuditTrail audit;
    private final CallerContext caller;

    public RoundService(RoundRepository rounds, ReportRepository reports, ReportRowQuery lines, AgencyRepository agencies,
                        TemplateCatalog templates, AuditTrail audit, CallerContext caller) {
        this.rounds = rounds;
        this.reports = reports;
        this.lines = lines;
        this.agencies = agencies;
        this.templates = templates;
        this.audit = audit;
        this.caller = caller;
    }

    /** Opens a round from its request body; every expected agency gets a NOT_STARTED report. */
    @Transactional
    public RoundView open(JsonNode body) {
        Set<String> known = new HashSet<>();
        agencies.listAll().forEach(a -> known.add(a.code));
        RoundDefinition definition = new RoundDefinitionReader(known, templates::template).read(body);
        if (rounds.findByCode(definition.code()).isPresent()) {
            throw new ApiException(ErrorCode.ROUND_EXISTS, "A round " + definition.code() + " exists already.");
        }
        OffsetDateTime now = Times.now();
        RoundEntity round = new RoundEntity();
        round.code = definition.code();
        round.title = definition.title();
        round.requestNumber = definition.request().number();
        round.requestDate = definition.request().date();
        round.requestIssuer = definition.request().issuer();
        round.periodKind = definition.period().kind();
        round.periodYear = definition.period().year();
        round.periodIndex = definition.period().index();
        round.deadline = definition.deadline();
        round.status = "OPEN";
        round.template = definition.template();
        round.templateCode = definition.templateCode();
        round.createdAt = now;
        round.createdBy = caller.actor().subject();
        rounds.persist(round);
        List<String> expected = definition.agencies();
        for (int i = 0; i < expected.size(); i++) {
            ReportEntity report = new ReportEntity();
            report.round = round;
            report.agency = agencies.getEntityManager().getReference(AgencyEntity.class, expected.get(i));
            report.position = i + 1;
            report.status = ReportStatus.NOT_STARTED;
            report.updatedAt = now;
            reports.persist(report);
        }
        audit.announce(round.code, null, null, "ROUND_OPENED", now);
        LOG.infof("Round %s opened by %s for %d agencies, deadline %s", round.code, caller.actor().username(), expected.size(), round.deadline);
        return ReportViews.round(round, expected);
    }

    /** Newest first, optionally only the OPEN or the CLOSED ones; with counts, or with the caller's own report. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<RoundView> list(PageRequest page, String status) {
        if (caller.seesAllRounds()) {
            return new PageResult<>(views(rounds.pageAll(status, page.page(), page.size())), page.page(), page.size(), rounds.countAll(status));
        }
        String agency = caller.agencyCode() == null ? "" : caller.agencyCode();
        return new PageResult<>(views(rounds.pageForAgency(agency, status, page.page(), page.size())), page.page(), page.size(),
                rounds.countForAgency(agency, status));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RoundView get(String code) {
        return views(List.of(visible(code))).get(0);
    }

    /** Closes the round: no more submissions, unless SNV reopens it for an agency. */
    @Transactional
    public RoundView close(String code) {
        RoundEntity round = rounds.findByCodeForUpdate(normalize(code)).orElseThrow(() -> notFound(code));
        if (round.isClosed()) {
            throw new ApiException(ErrorCode.ROUND_CLOSED, "Round " + round.code + " was closed at " + ReportViews.local(round.closedAt) + ".");
        }
        OffsetDateTime now = Times.now();
        round.status = "CLOSED";
        round.closedAt = now;
        audit.announce(round.code, null, null, "ROUND_CLOSED", now);
        LOG.infof("Round %s closed by %s", round.code, caller.actor().username());
        return ReportViews.round(round, reports.agencyCodes(round));
    }

    /** The round, if the caller may see it; a 404 otherwise, so that a round's existence does not leak. */
    RoundEntity visible(String code) {
        RoundEntity round = rounds.findByCode(normalize(code)).orElseThrow(() -> notFound(code));
        if (!caller.seesAllRounds() && (caller.agencyCode() == null || !reports.isExpected(round, caller.agencyCode()))) {
            throw notFound(code);
        }
        return round;
    }

    private List<RoundView> views(List<RoundEntity> page) {
        if (caller.seesAllRounds()) {
            Map<Long, RoundCounts> counts = lines.counts(page.stream().map(r -> r.id).toList());
            return page.stream().map(r -> ReportViews.round(r, reports.agencyCodes(r), counts.get(r.id), null)).toList();
        }
        String agency = caller.agencyCode();
        return page.stream().map(r -> ReportViews.round(r, reports.agencyCodes(r), null,
                agency == null ? null : lines.line(r, agency).map(ReportViews::row).orElse(null))).toList();
    }

    static String normalize(String code) {
        return JsonFields.nfc(code);
    }

    static ApiException notFound(String code) {
        return new ApiException(ErrorCode.ROUND_NOT_FOUND, "No round " + code + " that you may see.");
    }
}
