package vn.gov.quangngai.baocao.console.pages;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import vn.gov.quangngai.baocao.console.config.FormTokens;

/**
 * Every form that would change something (any method but GET, HEAD and OPTIONS) must carry the
 * signed-in session's own token ({@link FormTokens}), or it is refused with a page saying what
 * happened and what to do, before any service is called. This replaces quarkus-rest-csrf: its
 * double-submit check compared the form's value with a cookie, and a cookie can be planted on the
 * console's host from a sibling subdomain, so a forged form carrying the same value passed.
 */
public class RefusedFormPage {

    private static final Logger LOG = Logger.getLogger(RefusedFormPage.class);
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final FormTokens tokens;
    private final SecurityIdentity identity;

    public RefusedFormPage(FormTokens tokens, SecurityIdentity identity) {
        this.tokens = tokens;
        this.identity = identity;
    }

    @ServerRequestFilter
    @WithFormRead
    public Response check(ResteasyReactiveContainerRequestContext request) {
        if (SAFE.contains(request.getMethod())) {
            return null;
        }
        Object sent = ((ResteasyReactiveRequestContext) request.getServerRequestContext()).getFormParameter(FormTokens.FIELD, true, false);
        if (tokens.matches(identity, sent instanceof String token ? token : null)) {
            return null;
        }
        LOG.infof("Refused a %s to %s: %s", request.getMethod(), request.getUriInfo().getPath(),
                sent == null ? "no form token" : "not the session's form token");
        return Response.status(403).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(ErrorPages.Templates.error(new ErrorPages.ErrorPage(403, "Biểu mẫu không hợp lệ",
                        "Biểu mẫu đã hết hạn hoặc không được gửi từ trang của hệ thống trong phiên đăng nhập này, nên không được thực hiện. "
                                + "Hãy mở lại trang, kiểm tra rồi gửi lại.", null, List.of(), null, null)).render())
                .build();
    }
}
