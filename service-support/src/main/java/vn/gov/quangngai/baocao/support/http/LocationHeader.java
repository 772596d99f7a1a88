package vn.gov.quangngai.baocao.support.http;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * {@code Location} never repeats the request's Host header (anyone can send any Host, and a link
 * built from it points wherever they like): it is the path alone, a relative reference, or the
 * path under the configured public address of the service.
 */
public class LocationHeader {

    private final Optional<String> publicBaseUrl;

    public LocationHeader(HttpLimits limits) {
        this.publicBaseUrl = limits.publicBaseUrl().map(base -> base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    }

    @ServerResponseFilter
    public void rewrite(ContainerResponseContext response) {
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        if (location == null) {
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.LOCATION, of(location.toString()));
    }

    /** The path and query of the location, under the public address when one is configured. */
    String of(String location) {
        URI uri = URI.create(location);
        String pathAndQuery = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return publicBaseUrl.map(base -> base + pathAndQuery).orElse(pathAndQuery);
    }
}
