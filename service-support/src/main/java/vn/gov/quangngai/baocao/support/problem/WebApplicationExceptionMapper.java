package vn.gov.quangngai.baocao.support.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The framework's own HTTP errors (unknown path, wrong method or media type, unreadable body) as problems. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        ErrorCode code = ErrorCode.forStatus(status);
        Response problem = Problems.response(new Problem(code.type(), code.title(vn.gov.quangngai.baocao.support.i18n.Languages.current()), status, detail(status), code.name(), java.util.List.of()));
        Response.ResponseBuilder builder = Response.fromResponse(problem);
        String allow = exception.getResponse().getHeaderString("Allow");
        if (allow != null) {
            builder.header("Allow", allow);
        }
        return builder.build();
    }

    private static String detail(int status) {
        return switch (status) {
            case 404 -> "No resource at this path.";
            case 405 -> "This path does not accept that method.";
            case 406 -> "None of the accepted media types can be produced here.";
            case 415 -> "This media type is not accepted here.";
            case 400 -> "The request could not be read.";
            default -> "The request could not be served.";
        };
    }
}
