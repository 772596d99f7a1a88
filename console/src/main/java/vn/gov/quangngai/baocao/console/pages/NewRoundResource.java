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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.quangngai.baocao.console.client.ApiException;
import vn.gov.quangngai.baocao.console.client.ReportServiceClient;
import vn.gov.quangngai.baocao.console.client.model.Agency;
import vn.gov.quangngai.baocao.console.client.model.BuiltInTemplate;
import vn.gov.quangngai.baocao.console.client.model.Round;
import vn.gov.quangngai.baocao.console.view.AgencyChoice;
import vn.gov.quangngai.baocao.console.view.FieldMessages;
import vn.gov.quangngai.baocao.console.view.Notice;
import vn.gov.quangngai.baocao.console.view.ProblemMessages;

/**
 * The form that opens a round: the request letter, period, deadline, outline, and the agencies
 * picked from the registry. report-service checks it; what it refuses comes back next to each field.
 */
@Path("/rounds/new")
@Produces(MediaType.TEXT_HTML)
public class NewRoundResource {

    /** The opening form with its choices and what was wrong, field by field. */
    public record RoundFormPage(RoundFormInput form, AgencyChoice agencies, List<BuiltInTemplate> templates,
                                Map<String, List<String>> errors, ProblemMessages.Message problem) {

        public List<String> errorsOf(String field) {
            return errors.getOrDefault(field, List.of());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance newRound(RoundFormPage page);
    }

    private final ReportServiceClient reports;

    public NewRoundResource(ReportServiceClient reports) {
        this.reports = reports;
    }

    @GET
    public TemplateInstance newRound() {
        List<BuiltInTemplate> templates = reports.templates();
        RoundFormInput form = RoundFormInput.blank(templates.isEmpty() ? null : templates.get(0).code());
        return form(form, reports.agencies(form.asOf()), templates, Map.of(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(@BeanParam RoundFormInput form) {
        if (form.shortcut != null && !form.shortcut.isBlank()) {
            List<Agency> registry = reports.agencies(form.asOf());
            form.agencies = AgencyChoice.apply(form.shortcut, form.selected(), registry);
            return Response.ok(form(form, registry, reports.templates(), Map.of(), null)).build();
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
                    : FieldMessages.byField(refused.problem().map(p -> p.errors()).orElse(List.of()), NewRoundResource::field);
            if (form.selected().isEmpty() && errors.containsKey("agencies")) {
                // the service counts list items; the person picked nothing
                errors = new LinkedHashMap<>(errors);
                errors.put("agencies", List.of("Chọn ít nhất một cơ quan."));
            }
            return Response.status(refused.status()).entity(form(form, reports.agencies(form.asOf()), reports.templates(), errors, ProblemMessages.of(refused))).build();
        }
    }

    private static TemplateInstance form(RoundFormInput form, List<Agency> registry, List<BuiltInTemplate> templates,
                                         Map<String, List<String>> errors, ProblemMessages.Message problem) {
        return Templates.newRound(new RoundFormPage(form, AgencyChoice.of(registry, form.selected()), templates, errors, problem));
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
