package vn.gov.quangngai.baocao.console.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.gov.quangngai.baocao.console.client.ReportServiceClient;
import vn.gov.quangngai.baocao.console.client.model.Agency;

/** The agency registry, in its order; for an administrator each agency links to the systems connected for it. */
@Path("/agencies")
@Produces(MediaType.TEXT_HTML)
public class AgenciesResource {

    /** The registry as the page lists it. */
    public record AgenciesPage(List<Agency> agencies) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance agencies(AgenciesPage page);
    }

    private final ReportServiceClient reports;

    public AgenciesResource(ReportServiceClient reports) {
        this.reports = reports;
    }

    @GET
    public TemplateInstance list() {
        return Templates.agencies(new AgenciesPage(reports.agencies()));
    }
}
