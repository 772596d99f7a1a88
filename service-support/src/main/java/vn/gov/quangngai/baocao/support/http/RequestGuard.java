package vn.gov.quangngai.baocao.support.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.gov.quangngai.baocao.support.i18n.Languages;
import vn.gov.quangngai.baocao.support.i18n.Msg;
import vn.gov.quangngai.baocao.support.problem.ErrorCode;
import vn.gov.quangngai.baocao.support.problem.Problems;

/**
 * The first look at every request, on the event loop, before authentication and before any of its
 * body is read: a target too long, headers too large, a declared body over the limit, a path or
 * query that is not clean UTF-8 text are refused at once as problems. Also adds the security
 * headers, notes when the request arrived (the body's deadline counts from then), and answers as
 * problems the failures the router itself raises.
 */
@ApplicationScoped
public class RequestGuard {

    /** Routing-context key: {@link System#nanoTime()} when the request's headers were in. */
    static final String RECEIVED_AT = "baocao.received-at";
    /** Before Quarkus's CORS (-300), authentication (-200) and body-size (-2) handlers. */
    static final int ORDER = -1_000;

    private static final Logger LOG = Logger.getLogger(RequestGuard.class);
    /** Statuses the router raises with no body of its own (e.g. 400 for a path it cannot decode). */
    private static final Map<Integer, ErrorCode> ROUTER_ERRORS = Map.of(
            400, ErrorCode.MALFORMED_REQUEST, 404, ErrorCode.RESOURCE_NOT_FOUND, 405, ErrorCode.METHOD_NOT_ALLOWED,
            413, ErrorCode.PAYLOAD_TOO_LARGE, 414, ErrorCode.URI_TOO_LONG, 431, ErrorCode.HEADERS_TOO_LARGE);

    private final HttpLimits limits;
    private final long maxBodyBytes;

    public RequestGuard(HttpLimits limits,
                        @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.limits = limits;
        this.maxBodyBytes = maxBodySize.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::screen).failureHandler(this::failed);
        ROUTER_ERRORS.forEach((status, code) -> router.errorHandler(status,
                context -> HttpProblems.answer(context, status, code, Problems.defaultDetail(status, language(context.request())), bodyPending(context.request()))));
    }

    void screen(RoutingContext context) {
        HttpServerRequest request = context.request();
        context.put(RECEIVED_AT, System.nanoTime());
        SecurityHeaders.apply(context.response(), request.path());
        closeIfAnsweredBeforeTheBody(context);
        if (request.uri().length() > limits.maxRequestTarget()) {
            HttpProblems.answer(context, ErrorCode.URI_TOO_LONG, Msg.of("support.http.targetTooLong", limits.maxRequestTarget()).in(language(request)),
                    bodyPending(request));
            return;
        }
        if (headerBytes(request.headers()) > limits.maxHeaderBytes()) {
            HttpProblems.answer(context, ErrorCode.HEADERS_TOO_LARGE, Msg.of("support.http.headersTooLarge", limits.maxHeaderBytes()).in(language(request)),
                    bodyPending(request));
            return;
        }
        Msg targetProblem = RequestTarget.problem(request.uri(), request.path(), request.query());
        if (targetProblem != null) {
            HttpProblems.answer(context, ErrorCode.MALFORMED_REQUEST, targetProblem.in(language(request)), bodyPending(request));
            return;
        }
        if (declaredLength(request) > maxBodyBytes) {
            HttpProblems.answer(context, ErrorCode.PAYLOAD_TOO_LARGE, Msg.of("support.http.bodyTooLarge", maxBodyBytes).in(language(request)), true);
            return;
        }
        context.next();
    }

    /**
     * A request answered before its body was read (refused by a role or agency check, an unknown
     * path) is not drained: the rest of its body could be large or never come. The answer says
     * {@code Connection: close} and the connection is closed once it is written (after a short
     * linger, see {@link LingeringClose}).
     */
    private static void closeIfAnsweredBeforeTheBody(RoutingContext context) {
        HttpServerRequest request = context.request();
        boolean[] closing = new boolean[1];
        context.addHeadersEndHandler(headers -> {
            if (bodyPending(request)) {
                closing[0] = true;
                context.response().headers().set(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
            }
        });
        context.addEndHandler(ended -> {
            if (closing[0]) {
                LingeringClose.close(context);
            }
        });
    }

    /**
     * Failures the router reports without an exception (a status alone) become problems; failures
     * with an exception go on to the handlers that know them (authentication's among them).
     */
    void failed(RoutingContext context) {
        if (context.failure() != null || context.response().headWritten()) {
            context.next();
            return;
        }
        int status = context.statusCode() < 400 ? 500 : context.statusCode();
        ErrorCode code = ROUTER_ERRORS.getOrDefault(status, ErrorCode.forStatus(status));
        LOG.debugf("Router failure %d on %s %s", status, context.request().method(), context.request().path());
        HttpProblems.answer(context, status, code, Problems.defaultDetail(status, language(context.request())), bodyPending(context.request()));
    }

    /** The caller's language (Accept-Language), read straight from the request: there is no JAX-RS request here yet. */
    static Locale language(HttpServerRequest request) {
        return Languages.ofHeader(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** Whether a body was announced and has not all arrived: answering early then means closing the connection. */
    static boolean bodyPending(HttpServerRequest request) {
        return !request.isEnded()
                && (declaredLength(request) > 0 || request.headers().contains(HttpHeaders.TRANSFER_ENCODING, HttpHeaders.CHUNKED, true));
    }

    /** The Content-Length a request declares, or -1; an unreadable one is the codec's to refuse. */
    static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static long headerBytes(MultiMap headers) {
        long bytes = 0;
        for (Map.Entry<String, String> header : headers) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }
}
