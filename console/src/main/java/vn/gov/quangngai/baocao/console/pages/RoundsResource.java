package vn.gov.quangngai.baocao.console.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestQuery;
import vn.gov.quangngai.baocao.console.client.ReportServiceClient;
import vn.gov.quangngai.baocao.console.client.model.Page;
import vn.gov.quangngai.baocao.console.client.model.Round;

/** The start page: the rounds, open first, each linking to its board. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class RoundsResource {

    static final int OPEN_SHOWN = 100;
    static final int CLOSED_PAGE = 20;

    /** The rounds list: open rounds, then one page of closed ones. */
    public record RoundsPage(List<RoundGroup> groups) {
    }

    /** A heading and its rounds; the page numbers of the neighbouring pages, when there are any. */
    public record RoundGroup(String id, String heading, String empty, List<Round> rounds, long total, Integer previousPage,
                             Integer nextPage) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rounds(RoundsPage page);
    }

    private final ReportServiceClient reports;

    public RoundsResource(ReportServiceClient reports) {
        this.reports = reports;
    }

    @GET
    public TemplateInstance list(@RestQuery("closed") Integer closedPage) {
        int page = closedPage == null || closedPage < 0 ? 0 : closedPage;
        List<Round> open = reports.rounds("OPEN", 0, OPEN_SHOWN).items();
        Page<Round> closed = reports.rounds("CLOSED", page, CLOSED_PAGE);
        return Templates.rounds(new RoundsPage(List.of(
                new RoundGroup("open", "Đang mở", "Không có kỳ báo cáo nào đang mở.", open, open.size(), null, null),
                new RoundGroup("closed", "Đã đóng", "Chưa có kỳ báo cáo nào đã đóng.", closed.items(), closed.total(),
                        page > 0 ? page - 1 : null, (long) (page + 1) * CLOSED_PAGE < closed.total() ? page + 1 : null))));
    }

    @GET
    @Path("rounds")
    public Response rounds() {
        return Response.seeOther(URI.create("/")).build();
    }
}
