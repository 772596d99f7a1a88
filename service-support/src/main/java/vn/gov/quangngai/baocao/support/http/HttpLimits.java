package vn.gov.quangngai.baocao.support.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** How much of a request, and how slowly, the services take before they refuse it with a problem. */
@ConfigMapping(prefix = "baocao.http")
public interface HttpLimits {

    /**
     * Time from the end of a request's headers to the last byte of its body. A body trickled or
     * stalled past it is refused with 408 and the connection closed; it never holds a worker thread.
     */
    @WithDefault("30s")
    Duration bodyTimeout();

    /** Longest request target (path and query) answered; longer ones get 414. */
    @WithDefault("8192")
    int maxRequestTarget();

    /** Largest sum of header names and values answered; larger ones get 431. */
    @WithDefault("16384")
    int maxHeaderBytes();

    /**
     * The public address of the service (e.g. {@code https://baocao.quangngai.gov.vn}), put in
     * front of the path of every {@code Location}. Without it, {@code Location} is the path alone
     * (a relative reference): never built from the request's Host header.
     */
    Optional<String> publicBaseUrl();
}
