package vn.gov.quangngai.baocao.console.pages;

import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

/**
 * A form the CSRF check refused (no token, or not the one of the person's cookie) gets an empty
 * 400 from the check; this gives it a page saying what happened and what to do.
 */
public class RefusedFormPage {

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 400 && !response.hasEntity() && "POST".equals(request.getMethod())) {
            response.setEntity(ErrorPages.Templates.error(new ErrorPages.ErrorPage(400, "Biểu mẫu không hợp lệ",
                    "Biểu mẫu đã hết hạn hoặc không được gửi từ trang của hệ thống, nên không được thực hiện. "
                            + "Hãy mở lại trang, kiểm tra rồi gửi lại.", null, java.util.List.of(), null, null)).render(),
                    null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        }
    }
}
