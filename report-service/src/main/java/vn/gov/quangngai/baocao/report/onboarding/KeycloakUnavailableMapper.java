package vn.gov.quangngai.baocao.report.onboarding;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;
import vn.gov.quangngai.baocao.support.i18n.Msg;
import vn.gov.quangngai.baocao.support.problem.ApiException;
import vn.gov.quangngai.baocao.support.problem.ErrorCode;
import vn.gov.quangngai.baocao.support.problem.Problems;

/** Keycloak's admin API failing is a 503 for our caller: Keycloak's own status never passes for ours. */
@Provider
public class KeycloakUnavailableMapper implements ExceptionMapper<KeycloakUnavailableException> {

    private static final Logger LOG = Logger.getLogger(KeycloakUnavailableMapper.class);

    @Override
    public Response toResponse(KeycloakUnavailableException exception) {
        LOG.errorf(exception, "Keycloak's admin API failed: %s", exception.getMessage());
        return Problems.response(new ApiException(ErrorCode.SERVICE_UNAVAILABLE, Msg.of("report.keycloak.unavailable")).problem());
    }
}
