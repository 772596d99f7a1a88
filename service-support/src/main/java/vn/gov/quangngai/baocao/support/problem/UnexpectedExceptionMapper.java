package vn.gov.quangngai.baocao.support.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Anything not foreseen: logged in full under an incident id, answered as a generic 500 that
 * names the id and nothing else (no class names, SQL or stack traces leave the service). A
 * database that cannot be reached is foreseen: 503 with Retry-After, for the client to retry.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class);

    /** Seconds a client should wait before retrying while the database is unreachable. */
    static final String RETRY_AFTER_SECONDS = "5";

    @Override
    public Response toResponse(Exception exception) {
        if (DatabaseUnavailable.causedBy(exception)) {
            LOG.warnf("Database unavailable: %s", rootMessage(exception));
            return Response.fromResponse(Problems.response(ErrorCode.SERVICE_UNAVAILABLE,
                            vn.gov.quangngai.baocao.support.i18n.Msg.of("support.unavailable.database").in(vn.gov.quangngai.baocao.support.i18n.Languages.current())))
                    .header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(exception, "Unexpected failure, incident %s", incident);
        return Problems.response(ErrorCode.INTERNAL_ERROR, vn.gov.quangngai.baocao.support.i18n.Msg.of("support.internal", incident)
                .in(vn.gov.quangngai.baocao.support.i18n.Languages.current()));
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 12; depth++) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
