package vn.gov.quangngai.baocao.console.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import vn.gov.quangngai.baocao.console.client.ReportServiceClient;
import vn.gov.quangngai.baocao.console.client.model.Agency;
import vn.gov.quangngai.baocao.console.view.VietnameseFormat;

/**
 * The agency registry of a day (today unless another is chosen: the agencies of 2021, dissolved in
 * the 2025 reorganisation, are found by their date), in its order, each agency a link to its history;
 * for an administrator each agency also links to the systems connected for it.
 */
@Path("/agencies")
@Produces(MediaType.TEXT_HTML)
public class AgenciesResource {

    /** The registry of {@code asOf}, and whether that day is today. */
    public record AgenciesPage(List<Agency> agencies, LocalDate asOf, boolean today) {
    }

    /** One agency's history; {@code before} and {@code after} its predecessors and successors, read by their codes. */
    public record AgencyPage(Agency agency, List<Agency> before, List<Agency> after) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance agencies(AgenciesPage page);

        static native TemplateInstance agency(AgencyPage page);
    }

    private final ReportServiceClient reports;

    public AgenciesResource(ReportServiceClient reports) {
        this.reports = reports;
    }

    @GET
    public TemplateInstance list(@RestQuery String asOf) {
        LocalDate today = LocalDate.now(VietnameseFormat.VIETNAM);
        LocalDate day = day(asOf, today);
        return Templates.agencies(new AgenciesPage(reports.agencies(day), day, day.equals(today)));
    }

    /** An agency's periods, and the agencies it took over from and that took over from it, each a link to its own page. */
    @GET
    @Path("/{code}")
    public TemplateInstance agency(@RestPath String code) {
        Agency agency = reports.agency(code);
        return Templates.agency(new AgencyPage(agency, read(agency.predecessors()), read(agency.successors())));
    }

    private List<Agency> read(List<String> codes) {
        return codes.stream().map(reports::agency).toList();
    }

    /** The day asked for; today when none or one that is not a date was. */
    private static LocalDate day(String asOf, LocalDate today) {
        if (asOf == null || asOf.isBlank()) {
            return today;
        }
        try {
            return LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException notADate) {
            return today;
        }
    }
}
