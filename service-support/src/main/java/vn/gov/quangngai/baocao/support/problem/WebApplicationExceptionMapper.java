package vn.gov.quangngai.baocao.support.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** The framework's own HTTP errors (unknown path, wrong method or media type, unreadable body) as problems. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    static final String WRONG_PARAMETER_TYPE = "A query or path parameter has a value of the wrong type "
            + "(page, size, after, limit and version numbers are whole numbers).";

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        // The JAX-RS rule answers a query or path parameter that cannot be converted with 404, as if
        // the path did not exist; the framework keeps the conversion failure as the cause. An
        // integrator who sent ?page=abc needs to hear that the request is wrong, not that nothing is there.
        if (exception instanceof NotFoundException && exception.getCause() != null) {
            return Problems.response(ErrorCode.MALFORMED_REQUEST, WRONG_PARAMETER_TYPE);
        }
        // the JSON reader wraps syntax errors in a bare 400: say where the body broke, as for the other JSON errors
        if (status == 400 && exception.getCause() instanceof JsonProcessingException json) {
            return JsonExceptionMappers.malformed(json);
        }
        ErrorCode code = ErrorCode.forStatus(status);
        Response problem = Problems.response(new Problem(code.type(), code.title(), status, Problems.defaultDetail(status), code.name(), List.of()));
        Response.ResponseBuilder builder = Response.fromResponse(problem);
        String allow = exception.getResponse().getHeaderString("Allow");
        if (allow != null) {
            builder.header("Allow", allow);
        }
        return builder.build();
    }
}
