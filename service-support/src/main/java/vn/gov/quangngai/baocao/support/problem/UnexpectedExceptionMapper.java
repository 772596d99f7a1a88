package vn.gov.quangngai.baocao.support.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Anything not foreseen: logged in full under an incident id, answered as a generic 500 that
 * names the id and nothing else (no class names, SQL or stack traces leave the service).
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class);

    @Override
    public Response toResponse(Exception exception) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(exception, "Unexpected failure, incident %s", incident);
        return Problems.response(ErrorCode.INTERNAL_ERROR, vn.gov.quangngai.baocao.support.i18n.Msg.of("support.internal", incident)
                .in(vn.gov.quangngai.baocao.support.i18n.Languages.current()));
    }
}
