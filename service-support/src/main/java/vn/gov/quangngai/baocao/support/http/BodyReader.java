package vn.gov.quangngai.baocao.support.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.impl.RoutingContextInternal;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.gov.quangngai.baocao.support.i18n.Languages;
import vn.gov.quangngai.baocao.support.i18n.Msg;
import vn.gov.quangngai.baocao.support.problem.ErrorCode;
import vn.gov.quangngai.baocao.support.problem.Problem;
import vn.gov.quangngai.baocao.support.problem.Problems;

/**
 * Reads a request's body on the event loop, after the endpoint's role and agency checks and
 * before a worker thread is taken: a body that trickles in, or stops, costs a buffer and a timer,
 * never a thread. Past the deadline it is refused with 408, past the size limit with 413 (also
 * when chunked, where no length was declared), and the connection is closed. The endpoint then
 * reads the body from memory.
 */
public class BodyReader {

    /** After the role and agency checks (AUTHORIZATION), before anything that needs the body. */
    static final int PRIORITY = Priorities.USER - 100;

    private final Duration timeout;
    private final long maxBodyBytes;

    public BodyReader(HttpLimits limits,
                      @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.timeout = limits.bodyTimeout();
        this.maxBodyBytes = maxBodySize.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
    }

    @ServerRequestFilter(priority = PRIORITY, nonBlocking = true)
    public Uni<Response> readBody(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (context.getBody() != null || request.isEnded() || !hasBody(request)) {
            return null;
        }
        return Uni.createFrom().emitter(emitter -> new Reading(context, emitter).start());
    }

    private static boolean hasBody(HttpServerRequest request) {
        return RequestGuard.declaredLength(request) > 0 || request.headers().contains(HttpHeaders.TRANSFER_ENCODING, HttpHeaders.CHUNKED, true);
    }

    /** One body being read: its buffer, its timer, and the one answer it ends with. */
    private final class Reading {

        private final RoutingContext context;
        private final UniEmitter<? super Response> emitter;
        private final Buffer body;
        /** The caller's language, read while the request is current: the answer may be written from a timer. */
        private final Locale language = Languages.current();
        private long timer = -1;
        private boolean done;

        Reading(RoutingContext context, UniEmitter<? super Response> emitter) {
            this.context = context;
            this.emitter = emitter;
            long declared = RequestGuard.declaredLength(context.request());
            this.body = Buffer.buffer((int) Math.min(Math.max(declared, 1024), 1 << 20));
        }

        void start() {
            HttpServerRequest request = context.request();
            timer = context.vertx().setTimer(Math.max(1, remainingMillis()), fired -> refuse(ErrorCode.REQUEST_TIMEOUT,
                    Msg.of("support.http.bodyTimeout", timeout.toSeconds())));
            request.exceptionHandler(failure -> {
                // the client went away or broke the encoding: nobody is left to answer
                if (finish()) {
                    emitter.complete(closing(Problems.response(ErrorCode.MALFORMED_REQUEST, Msg.of("support.http.bodyUnreadable").in(language))));
                }
            });
            request.handler(chunk -> {
                if (done) {
                    return;
                }
                if (body.length() + (long) chunk.length() > maxBodyBytes) {
                    refuse(ErrorCode.PAYLOAD_TOO_LARGE, Msg.of("support.http.bodyTooLarge", maxBodyBytes));
                    return;
                }
                body.appendBuffer(chunk);
            });
            request.endHandler(end -> {
                if (finish()) {
                    ((RoutingContextInternal) context).setBody(body);
                    emitter.complete(null);
                }
            });
            if (request.headers().contains(HttpHeaders.EXPECT, HttpHeaders.CONTINUE, true)) {
                context.response().writeContinue();
            }
            // the request arrives paused (nothing is lost while authentication runs); the handlers are set, let it flow
            request.resume();
        }

        private long remainingMillis() {
            Long receivedAt = context.get(RequestGuard.RECEIVED_AT);
            long elapsed = receivedAt == null ? 0 : System.nanoTime() - receivedAt;
            return timeout.toMillis() - TimeUnit.NANOSECONDS.toMillis(elapsed);
        }

        private void refuse(ErrorCode code, Msg detail) {
            if (finish()) {
                emitter.complete(closing(Problems.response(new Problem(code.type(), code.title(language), code.status(), detail.in(language),
                        code.name(), List.of()))));
            }
        }

        /** The rest of a refused body is not read: the answer closes the connection once written. */
        private Response closing(Response problem) {
            context.addEndHandler(ended -> LingeringClose.close(context));
            return Response.fromResponse(problem).header(HttpHeaders.CONNECTION.toString(), "close").build();
        }

        private boolean finish() {
            if (done) {
                return false;
            }
            done = true;
            context.vertx().cancelTimer(timer);
            return true;
        }
    }
}
