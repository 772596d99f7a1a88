package vn.gov.quangngai.baocao.report.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.gov.quangngai.baocao.report.api.Agency;
import vn.gov.quangngai.baocao.report.domain.AgencyDefinitionReader;
import vn.gov.quangngai.baocao.report.repository.AgencyEntity;
import vn.gov.quangngai.baocao.report.repository.AgencyRepository;
import vn.gov.quangngai.baocao.support.paging.PageRequest;
import vn.gov.quangngai.baocao.support.paging.PageResult;
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
    public Agency add(JsonNode body) {
        AgencyDefinitionReader.AgencyDefinition definition = AgencyDefinitionReader.read(body, true);
        if (agencies.findByIdOptional(definition.code()).isPresent()) {
            throw new ApiException(ErrorCode.AGENCY_EXISTS, "Agency " + definition.code() + " is in the registry already.");
        }
        AgencyEntity agency = new AgencyEntity();
        agency.code = definition.code();
        agency.sortOrder = agencies.nextSortOrder();
        apply(agency, definition);
        agencies.persist(agency);
        LOG.infof("Agency %s (%s) added to the registry", agency.code, agency.name);
        return toApi(agency);
    }

    /** Renames an agency, or changes its kind or parent (admin); its code never changes. */
    @Transactional
    public Agency update(String code, JsonNode body) {
        AgencyDefinitionReader.AgencyDefinition definition = AgencyDefinitionReader.read(body, false);
        AgencyEntity agency = agencies.findByIdOptional(code).orElseThrow(() -> notFound(code));
        String before = agency.name;
        apply(agency, definition);
        LOG.infof("Agency %s renamed from %s to %s", code, before, agency.name);
        return toApi(agency);
    }

    private void apply(AgencyEntity agency, AgencyDefinitionReader.AgencyDefinition definition) {
        if (definition.parent() != null && (definition.parent().equals(agency.code) || agencies.findByIdOptional(definition.parent()).isEmpty())) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "The request has 1 problem.",
                    java.util.List.of(new vn.gov.quangngai.baocao.support.problem.Problem.FieldError("/parent", "no other agency " + definition.parent() + " in the registry")));
        }
        agency.name = definition.name();
        agency.kind = definition.kind();
        agency.parentCode = definition.parent();
    }

    private static ApiException notFound(String code) {
        return new ApiException(ErrorCode.AGENCY_NOT_FOUND, "No agency " + code + " in the registry.");
    }

    static Agency toApi(AgencyEntity entity) {
        return new Agency(entity.code, entity.name, entity.parentCode, entity.kind);
    }
}
