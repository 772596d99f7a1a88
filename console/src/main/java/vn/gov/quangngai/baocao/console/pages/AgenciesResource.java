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
import org.jboss.resteasy.reactive.RestQuery;
import vn.gov.quangngai.baocao.console.client.ReportServiceClient;
import vn.gov.quangngai.baocao.console.client.model.Agency;
import vn.gov.quangngai.baocao.console.view.VietnameseFormat;

/**
 * The agency registry of a day (today unless another is chosen: the agencies of 2021, dissolved in
 * the 2025 reorganisation, are found by their date), in its order; for an administrator each agency
 * links to the systems connected for it.
 */
@Path("/agencies")
@Produces(MediaType.TEXT_HTML)
public class AgenciesResource {

    /** The registry of {@code asOf}, and whether that day is today. */
    public record AgenciesPage(List<Agency> agencies, LocalDate asOf, boolean today) {
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
    public TemplateInstance list(@RestQuery String asOf) {
        LocalDate today = LocalDate.now(VietnameseFormat.VIETNAM);
        LocalDate day = day(asOf, today);
        return Templates.agencies(new AgenciesPage(reports.agencies(day), day, day.equals(today)));
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
