package vn.gov.quangngai.baocao.support.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import vn.gov.quangngai.baocao.support.i18n.Languages;
import vn.gov.quangngai.baocao.support.i18n.Msg;

/** The framework's own HTTP errors (unknown path, wrong method or media type, unreadable body) as problems. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        // The JAX-RS rule answers a query or path parameter that cannot be converted with 404, as if
        // the path did not exist; the framework keeps the conversion failure as the cause. An
        // integrator who sent ?page=abc needs to hear that the request is wrong, not that nothing is there.
        if (exception instanceof NotFoundException && exception.getCause() != null) {
            return Problems.response(ErrorCode.MALFORMED_REQUEST, Msg.of("support.http.parameterType").in(Languages.current()));
        }
        // the JSON reader wraps syntax errors in a bare 400: say where the body broke, as for the other JSON errors
        if (status == 400 && exception.getCause() instanceof JsonProcessingException json) {
            return JsonExceptionMappers.malformed(json);
        }
        ErrorCode code = ErrorCode.forStatus(status);
        Locale language = Languages.current();
        Response problem = Problems.response(new Problem(code.type(), code.title(language), status, Problems.defaultDetail(status, language), code.name(), List.of()));
        Response.ResponseBuilder builder = Response.fromResponse(problem);
        String allow = exception.getResponse().getHeaderString("Allow");
        if (allow != null) {
            builder.header("Allow", allow);
        }
        return builder.build();
    }
}
