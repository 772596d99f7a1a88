package vn.gov.quangngai.baocao.console.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestQuery;
import vn.gov.quangngai.baocao.console.client.ApiException;
import vn.gov.quangngai.baocao.console.client.ReportServiceClient;
import vn.gov.quangngai.baocao.console.client.model.Agency;
import vn.gov.quangngai.baocao.console.client.model.BuiltInTemplate;
import vn.gov.quangngai.baocao.console.client.model.Page;
import vn.gov.quangngai.baocao.console.client.model.Round;
import vn.gov.quangngai.baocao.console.view.AgencyChoice;
import vn.gov.quangngai.baocao.console.view.FieldMessages;
import vn.gov.quangngai.baocao.console.view.Notice;
import vn.gov.quangngai.baocao.console.view.ProblemMessages;

/** The start page (the rounds, open first) and the form that opens a round. */
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

    /** The opening form with its choices and what was wrong, field by field. */
    public record RoundFormPage(RoundFormInput form, AgencyChoice agencies, List<BuiltInTemplate> templates,
                                Map<String, List<String>> errors, ProblemMessages.Message problem) {

        public List<String> errorsOf(String field) {
            return errors.getOrDefault(field, List.of());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rounds(RoundsPage page);

        static native TemplateInstance newRound(RoundFormPage page);
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

    @GET
    @Path("rounds/new")
    public TemplateInstance newRound() {
        List<BuiltInTemplate> templates = reports.templates();
        RoundFormInput form = RoundFormInput.blank(templates.isEmpty() ? null : templates.get(0).code());
        return form(form, templates, Map.of(), null);
    }

    @POST
    @Path("rounds")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(@BeanParam RoundFormInput form) {
        if (form.shortcut != null && !form.shortcut.isBlank()) {
            List<Agency> registry = reports.agencies();
            form.agencies = AgencyChoice.apply(form.shortcut, form.selected(), registry);
            return Response.ok(form(form, reports.templates(), Map.of(), null)).build();
        }
        try {
            Round opened = reports.openRound(form.toRequest());
            return Response.seeOther(Links.board(opened.code(), Notice.OPENED)).build();
        } catch (ApiException refused) {
            if (refused.status() != 422 && refused.status() != 409) {
                throw refused;
            }
            Map<String, List<String>> errors = refused.status() == 409 && "ROUND_EXISTS".equals(refused.code())
                    ? Map.of("code", List.of("Đã có kỳ báo cáo với mã này; hãy chọn mã khác."))
                    : FieldMessages.byField(refused.problem().map(p -> p.errors()).orElse(List.of()), RoundsResource::field);
            return Response.status(refused.status()).entity(form(form, reports.templates(), errors, ProblemMessages.of(refused))).build();
        }
    }

    private TemplateInstance form(RoundFormInput form, List<BuiltInTemplate> templates, Map<String, List<String>> errors,
                                  ProblemMessages.Message problem) {
        return Templates.newRound(new RoundFormPage(form, AgencyChoice.of(reports.agencies(), form.selected()), templates, errors, problem));
    }

    /** The form field a JSON Pointer of the request body came from. */
    static String field(String pointer) {
        if (pointer.startsWith("/agencies")) {
            return "agencies";
        }
        return switch (pointer) {
            case "/code" -> "code";
            case "/title" -> "title";
            case "/request/number", "/request" -> "requestNumber";
            case "/request/date" -> "requestDate";
            case "/request/issuer" -> "issuer";
            case "/period/kind", "/period" -> "periodKind";
            case "/period/year" -> "year";
            case "/period/index" -> "index";
            case "/deadline" -> "deadline";
            case "/templateCode", "/template" -> "templateCode";
            default -> "";
        };
    }
}
