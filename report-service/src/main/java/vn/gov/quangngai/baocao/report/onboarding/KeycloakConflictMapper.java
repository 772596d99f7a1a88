package vn.gov.quangngai.baocao.report.onboarding;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;
import vn.gov.quangngai.baocao.support.i18n.Msg;
import vn.gov.quangngai.baocao.support.problem.ApiException;
import vn.gov.quangngai.baocao.support.problem.ErrorCode;
import vn.gov.quangngai.baocao.support.problem.Problems;

/** Keycloak refusing a change because another one reached it first is a conflict (409), not Keycloak being down (503). */
@Provider
public class KeycloakConflictMapper implements ExceptionMapper<KeycloakConflictException> {

    private static final Logger LOG = Logger.getLogger(KeycloakConflictMapper.class);

    @Override
    public Response toResponse(KeycloakConflictException exception) {
        LOG.warnf("Keycloak refused a change made at the same time as another: %s", exception.getMessage());
        return Problems.response(new ApiException(ErrorCode.CONFLICT, Msg.of("report.keycloak.conflict")).problem());
    }
}
