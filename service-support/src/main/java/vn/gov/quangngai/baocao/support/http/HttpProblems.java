package vn.gov.quangngai.baocao.support.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import vn.gov.quangngai.baocao.support.problem.ErrorCode;
import vn.gov.quangngai.baocao.support.problem.Problem;
import vn.gov.quangngai.baocao.support.problem.Problems;

/** Problems answered below JAX-RS, straight on the Vert.x response: the same problem+json as the exception mappers write. */
final class HttpProblems {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HttpProblems() {
    }

    /**
     * Answers the problem. With {@code close}, the connection is closed once it is written: the
     * rest of the request (a body too large, too slow) is not worth reading.
     */
    static void answer(RoutingContext context, ErrorCode code, String detail, boolean close) {
        answer(context, code.status(), code, detail, close);
    }

    static void answer(RoutingContext context, int status, ErrorCode code, String detail, boolean close) {
        HttpServerResponse response = context.response();
        if (response.headWritten() || response.ended() || response.closed()) {
            return;
        }
        byte[] body = write(new Problem(code.type(), code.title(RequestGuard.language(context.request())), status, detail, code.name(), List.of()));
        response.setStatusCode(status);
        response.headers().set(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE);
        SecurityHeaders.apply(response, context.request().path());
        if (close) {
            response.headers().set(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
            context.addEndHandler(done -> LingeringClose.close(context));
        }
        response.end(io.vertx.core.buffer.Buffer.buffer(body));
    }

    private static byte[] write(Problem problem) {
        try {
            return JSON.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a problem", e);
        }
    }
}
