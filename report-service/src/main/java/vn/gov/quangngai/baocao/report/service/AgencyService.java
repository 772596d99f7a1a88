package vn.gov.quangngai.baocao.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.gov.quangngai.baocao.report.api.Agency;
import vn.gov.quangngai.baocao.report.api.AgencyRequest;
import vn.gov.quangngai.baocao.report.api.AgencyUpdateRequest;
import vn.gov.quangngai.baocao.report.domain.AgencyKind;
import vn.gov.quangngai.baocao.report.domain.Texts;
import vn.gov.quangngai.baocao.report.repository.AgencyEntity;
import vn.gov.quangngai.baocao.report.repository.AgencyRepository;
import vn.gov.quangngai.baocao.support.paging.PageRequest;
import vn.gov.quangngai.baocao.support.paging.PageResult;
import vn.gov.quangngai.baocao.support.i18n.Msg;
import vn.gov.quangngai.baocao.support.problem.ApiException;
import vn.gov.quangngai.baocao.support.problem.ErrorCode;

/** The agency registry: the source of agency names and of round membership; admins add and rename. */
@ApplicationScoped
public class AgencyService {

    private static final Logger LOG = Logger.getLogger(AgencyService.class);

    private final AgencyRepository agencies;

    public AgencyService(AgencyRepository agencies) {
        this.agencies = agencies;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<Agency> list(PageRequest request) {
        return new PageResult<>(
                agencies.page(request.page(), request.size()).stream().map(AgencyService::toApi).toList(),
                request.page(), request.size(), agencies.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Agency get(String code) {
        return agencies.findByIdOptional(code).map(AgencyService::toApi).orElseThrow(() -> notFound(code));
    }

    /** Adds an agency to the registry (admin). */
    @Transactional
    public Agency add(AgencyRequest body) {
        if (agencies.findByIdOptional(body.code()).isPresent()) {
            throw new ApiException(ErrorCode.AGENCY_EXISTS, Msg.of("report.agency.exists", body.code()));
        }
        AgencyEntity agency = new AgencyEntity();
        agency.code = body.code();
        agency.sortOrder = agencies.nextSortOrder();
        apply(agency, body.name(), body.kind(), body.parent());
        agencies.persist(agency);
        LOG.infof("Agency %s (%s) added to the registry", agency.code, agency.name);
        return toApi(agency);
    }

    /** Renames an agency, or changes its kind or parent (admin); its code never changes. */
    @Transactional
    public Agency update(String code, AgencyUpdateRequest body) {
        AgencyEntity agency = agencies.findByIdOptional(code).orElseThrow(() -> notFound(code));
        String before = agency.name;
        apply(agency, body.name(), body.kind(), body.parent());
        LOG.infof("Agency %s renamed from %s to %s", code, before, agency.name);
        return toApi(agency);
    }

    private static void apply(AgencyEntity agency, String name, AgencyKind kind, String parent) {
        agency.name = Texts.clean(name);
        agency.kind = kind.name();
        agency.parentCode = Texts.clean(parent);
    }

    private static ApiException notFound(String code) {
        return new ApiException(ErrorCode.AGENCY_NOT_FOUND, Msg.of("report.agency.notFound", code));
    }

    static Agency toApi(AgencyEntity entity) {
        return new Agency(entity.code, entity.name, entity.parentCode, entity.kind);
    }
}
