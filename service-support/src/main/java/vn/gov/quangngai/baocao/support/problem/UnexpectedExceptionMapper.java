package vn.gov.quangngai.baocao.support.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Anything not foreseen: logged in full under an incident id, answered as a generic 500 that
 * names the id and nothing else (no class names, SQL or stack traces leave the service). A
 * database that cannot be reached is foreseen: 503 with Retry-After, for the client to retry. So is
 * a broken constraint that no service turned into its own problem: a unique key is a 409 (a
 * concurrent request wrote the row first), a check or not-null constraint a 422.
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
        var constraint = DatabaseConstraint.violatedBy(exception);
        if (constraint.isPresent()) {
            LOG.warnf("Constraint violated, answered as %s: %s", constraint.get(), rootMessage(exception));
            return Problems.response(constraintProblem(constraint.get(), vn.gov.quangngai.baocao.support.i18n.Languages.current()));
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(exception, "Unexpected failure, incident %s", incident);
        return Problems.response(ErrorCode.INTERNAL_ERROR, vn.gov.quangngai.baocao.support.i18n.Msg.of("support.internal", incident)
                .in(vn.gov.quangngai.baocao.support.i18n.Languages.current()));
    }

    static Problem constraintProblem(DatabaseConstraint.Kind kind, Locale language) {
        if (kind == DatabaseConstraint.Kind.UNIQUE) {
            return Problem.of(ErrorCode.CONFLICT, vn.gov.quangngai.baocao.support.i18n.Msg.of("support.constraint.unique").in(language));
        }
        return Problem.of(ErrorCode.VALIDATION_FAILED, vn.gov.quangngai.baocao.support.i18n.Msg.of("support.body.problems", 1).in(language),
                List.of(new Problem.FieldError("", vn.gov.quangngai.baocao.support.i18n.Msg.of("support.constraint.check").in(language))));
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 12; depth++) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
