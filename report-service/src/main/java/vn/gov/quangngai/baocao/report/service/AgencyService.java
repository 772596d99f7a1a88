package vn.gov.quangngai.baocao.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.gov.quangngai.baocao.report.api.Agency;
import vn.gov.quangngai.baocao.report.repository.AgencyEntity;
import vn.gov.quangngai.baocao.report.repository.AgencyRepository;
import vn.gov.quangngai.baocao.support.paging.PageRequest;
import vn.gov.quangngai.baocao.support.paging.PageResult;

/** Reads the agency registry: the source of agency names and of round membership. */
@ApplicationScoped
public class AgencyService {

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

    static Agency toApi(AgencyEntity entity) {
        return new Agency(entity.code, entity.name, entity.parentCode, entity.kind);
    }
}
