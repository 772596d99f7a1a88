package vn.gov.quangngai.baocao.support.http;

import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Closes the connection of a request that was answered before its body was read, after reading
 * and dropping what is still coming for a moment (at most 1 MiB, 2 s). Closing at once while the
 * client is still sending turns the close into a reset, and the client then loses the answer it
 * was sent; waiting for the whole body would let a slow or endless body hold the connection.
 */
final class LingeringClose {

    static final long MAX_BYTES = 1 << 20;
    static final long MAX_MILLIS = 2_000;
    private static final String STARTED = "baocao.lingering-close";

    private LingeringClose() {
    }

    /** To be called once the answer is written. */
    static void close(RoutingContext context) {
        if (context.get(STARTED) != null) {
            return;
        }
        context.put(STARTED, Boolean.TRUE);
        HttpServerRequest request = context.request();
        HttpConnection connection = request.connection();
        if (request.isEnded()) {
            connection.close();
            return;
        }
        long[] drained = new long[1];
        long timer = context.vertx().setTimer(MAX_MILLIS, fired -> connection.close());
        Runnable done = () -> {
            context.vertx().cancelTimer(timer);
            connection.close();
        };
        request.exceptionHandler(failure -> done.run());
        request.endHandler(end -> done.run());
        request.handler(chunk -> {
            drained[0] += chunk.length();
            if (drained[0] > MAX_BYTES) {
                done.run();
            }
        });
        request.resume();
    }
}
