package vn.gov.quangngai.baocao.support.http;

import io.vertx.core.http.HttpServerResponse;

/**
 * Headers every answer carries: no content sniffing (a JSON answer is never run as a script), no
 * referrer leaves with links; and for Swagger UI, the only HTML the services serve, a content
 * security policy that lets it load its own scripts and call this service and nothing else.
 */
final class SecurityHeaders {

    static final String SWAGGER_UI = "/q/swagger-ui";
    // Quarkus's Swagger UI page configures itself in inline scripts and styles
    static final String SWAGGER_UI_POLICY = "default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private SecurityHeaders() {
    }

    static void apply(HttpServerResponse response, String path) {
        response.headers().set("X-Content-Type-Options", "nosniff");
        response.headers().set("Referrer-Policy", "no-referrer");
        if (path != null && path.startsWith(SWAGGER_UI)) {
            response.headers().set("Content-Security-Policy", SWAGGER_UI_POLICY);
        }
    }
}
