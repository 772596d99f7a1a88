package vn.gov.quangngai.baocao.console.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.gov.quangngai.baocao.console.client.ApiException;
import vn.gov.quangngai.baocao.console.client.ServicePart;
import vn.gov.quangngai.baocao.console.client.ServiceUnavailableException;
import vn.gov.quangngai.baocao.console.view.FieldMessages;
import vn.gov.quangngai.baocao.console.view.ProblemMessages;

/**
 * Every failure as a page in plain Vietnamese: the services' refusals by their error code, a
 * service that cannot be reached by its name, anything unforeseen under an incident id in the log.
 * Never a stack trace.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    /** What the page says; {@code part} names an unavailable service, {@code details} the service's field messages. */
    public record ErrorPage(int status, String title, String text, ServicePart part, List<String> details, String incident,
                            String retry) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(ErrorPage page);
    }

    @ServerExceptionMapper
    public Response refused(ApiException refusal, UriInfo uri) {
        if (refusal.status() >= 500) {
            LOG.warnf("%s failed on %s: %s", refusal.part(), uri.getPath(), refusal.getMessage());
        }
        ProblemMessages.Message message = ProblemMessages.of(refusal);
        List<String> details = refusal.problem().map(p -> p.errors().stream().map(e -> FieldMessages.vietnamese(e.message())).toList())
                .orElse(List.of());
        // a service's own failure is ours to report as a bad gateway; its refusals keep their status
        int status = refusal.status() >= 500 ? 502 : refusal.status() == 401 ? 403 : refusal.status();
        String retry = refusal.status() == 401 ? uri.getRequestUri().getRawPath() : null;
        return page(new ErrorPage(status, message.title(), message.text(), refusal.status() >= 500 ? refusal.part() : null, details,
                null, retry));
    }

    @ServerExceptionMapper
    public Response unavailable(ServiceUnavailableException down, UriInfo uri) {
        LOG.warnf("%s unavailable for %s: %s", down.part(), uri.getPath(), down.getCause() == null ? "" : down.getCause().toString());
        return page(new ErrorPage(503, down.part().label() + " tạm thời không truy cập được",
                "Không hiển thị được trang này vì " + down.part().label() + " không trả lời. Những phần phụ thuộc vào dịch vụ này ("
                        + down.part().serves() + ") tạm thời chưa dùng được. Vui lòng thử lại sau ít phút.",
                down.part(), List.of(), null, uri.getRequestUri().getRawPath()));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException failure) {
        Response response = failure.getResponse();
        int status = response.getStatus();
        if (status < 400) {
            return response;
        }
        if (status == 403) {
            ProblemMessages.Message message = ProblemMessages.notAllowed();
            return page(new ErrorPage(403, message.title(), message.text(), null, List.of(), null, null));
        }
        if (status == 404) {
            return page(new ErrorPage(404, "Không tìm thấy trang", "Địa chỉ này không có trong hệ thống. Hãy quay về trang đầu.",
                    null, List.of(), null, null));
        }
        if (status == 405 || status == 415 || status == 400) {
            return page(new ErrorPage(status, "Yêu cầu không hợp lệ", "Trang không xử lý được yêu cầu này. Hãy quay lại và thử lại từ trang trước.",
                    null, List.of(), null, null));
        }
        return unexpected(failure);
    }

    @ServerExceptionMapper(priority = Priorities.USER + 100)
    public Response unexpected(Throwable failure) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(failure, "Unexpected failure, incident %s", incident);
        return page(new ErrorPage(500, "Hệ thống gặp sự cố", "Trang chưa hiển thị được do một lỗi ngoài dự kiến. Vui lòng thử lại; "
                + "nếu vẫn lỗi, hãy báo cho quản trị hệ thống kèm mã sự cố.", null, List.of(), incident, null));
    }

    private static Response page(ErrorPage page) {
        return Response.status(page.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(page).render()).build();
    }
}
