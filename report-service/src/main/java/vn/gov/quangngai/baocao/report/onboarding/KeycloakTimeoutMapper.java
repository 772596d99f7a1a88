package vn.gov.quangngai.baocao.report.onboarding;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;
import vn.gov.quangngai.baocao.support.i18n.Msg;
import vn.gov.quangngai.baocao.support.problem.ApiException;
import vn.gov.quangngai.baocao.support.problem.ErrorCode;
import vn.gov.quangngai.baocao.support.problem.Problems;

/** A call to Keycloak's admin API that ran out of time is a 503, like one that failed: only those calls carry a time limit here. */
@Provider
public class KeycloakTimeoutMapper implements ExceptionMapper<TimeoutException> {

    private static final Logger LOG = Logger.getLogger(KeycloakTimeoutMapper.class);

    @Override
    public Response toResponse(TimeoutException exception) {
        LOG.errorf("Keycloak's admin API did not answer in time: %s", exception.getMessage());
        return Problems.response(new ApiException(ErrorCode.SERVICE_UNAVAILABLE, Msg.of("report.keycloak.unavailable")).problem());
    }
}
