package vn.gov.quangngai.baocao.console.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import vn.gov.quangngai.baocao.console.client.ApiException;
import vn.gov.quangngai.baocao.console.client.ReportServiceClient;
import vn.gov.quangngai.baocao.console.client.Tagged;
import vn.gov.quangngai.baocao.console.client.model.AuditEvent;
import vn.gov.quangngai.baocao.console.client.model.ReportDiff;
import vn.gov.quangngai.baocao.console.client.model.Round;
import vn.gov.quangngai.baocao.console.client.model.Version;
import vn.gov.quangngai.baocao.console.view.FieldMessages;
import vn.gov.quangngai.baocao.console.view.Notice;
import vn.gov.quangngai.baocao.console.view.ReportSheet;
import vn.gov.quangngai.baocao.console.view.SignedInPerson;

/**
 * An agency's report: its latest submitted version in outline order, its versions and the diff
 * between two, its audit trail, and SNV's two decisions. A decision carries the ETag the page was
 * read with, so of two reviewers acting at once one wins and the other is told and sees the fresh state.
 * The agency's own officer, at the same address, gets the agency's page instead ({@link AgencyReportPages}).
 */
@Path("/rounds/{round}/reports/{agency}")
@Produces(MediaType.TEXT_HTML)
public class ReportResource {

    /** What the page shows; {@code shown} and {@code sheet} are null until a version is submitted, {@code diff} without two versions. */
    public record ReportPage(Round round, Tagged current, Version shown, ReportSheet sheet, List<AuditEvent> events, ReportDiff diff,
                             int from, int to, Notice notice, String reason, Map<String, List<String>> errors) {

        public List<Integer> versions() {
            return IntStream.rangeClosed(1, current.report().version()).boxed().toList();
        }

        public boolean returnable() {
            String status = current.report().status();
            return "SUBMITTED".equals(status) || "ACCEPTED".equals(status);
        }

        public boolean acceptable() {
            return "SUBMITTED".equals(current.report().status());
        }

        public List<String> reasonErrors() {
            return errors.getOrDefault("reason", List.of());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(ReportPage page);
    }

    private final ReportServiceClient reports;
    private final AgencyReportPages agencyPages;
    private final SignedInPerson person;

    public ReportResource(ReportServiceClient reports, AgencyReportPages agencyPages, SignedInPerson person) {
        this.reports = reports;
        this.agencyPages = agencyPages;
        this.person = person;
    }

    @GET
    public TemplateInstance report(@RestPath String round, @RestPath String agency, @RestQuery Integer from, @RestQuery Integer to,
                                   @RestQuery String notice) {
        if (person.submitter()) {
            return agencyPages.page(round, agency, Notice.of(notice));
        }
        return page(round, agency, from, to, Notice.of(notice), null, Map.of());
    }

    @POST
    @Path("/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response returnReport(@RestPath String round, @RestPath String agency, @RestForm String etag, @RestForm String reason) {
        return decide(round, agency, Notice.RETURNED, reason, () -> reports.returnReport(round, agency, etag, reason));
    }

    @POST
    @Path("/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@RestPath String round, @RestPath String agency, @RestForm String etag) {
        return decide(round, agency, Notice.ACCEPTED, null, () -> reports.accept(round, agency, etag));
    }

    /** Someone signed in again after their session ended on a decision: back to the report, nothing decided. */
    @GET
    @Path("/return")
    public Response afterSignInOnReturn(@RestPath String round, @RestPath String agency) {
        return Response.seeOther(self(round, agency, null)).build();
    }

    @GET
    @Path("/accept")
    public Response afterSignInOnAccept(@RestPath String round, @RestPath String agency) {
        return Response.seeOther(self(round, agency, null)).build();
    }

    private Response decide(String round, String agency, Notice done, String reason, Supplier<Tagged> decision) {
        try {
            decision.get();
            return Response.seeOther(self(round, agency, done)).build();
        } catch (ApiException refused) {
            switch (refused.status()) {
                case 412:
                    return Response.seeOther(self(round, agency, Notice.STALE)).build();
                case 409:
                    return Response.seeOther(self(round, agency, Notice.CONFLICT)).build();
                case 422:
                    Map<String, List<String>> errors = FieldMessages.byField(refused.problem().map(p -> p.errors()).orElse(List.of()),
                            pointer -> "reason");
                    return Response.status(422).entity(page(round, agency, null, null, null, reason, errors)).build();
                default:
                    throw refused;
            }
        }
    }

    private TemplateInstance page(String code, String agency, Integer from, Integer to, Notice notice, String reason,
                                  Map<String, List<String>> errors) {
        Round round = reports.round(code);
        Tagged current = reports.report(code, agency);
        int latest = current.report().version();
        Version shown = latest == 0 ? null : reports.version(code, agency, latest);
        ReportSheet sheet = shown == null || round.template() == null ? null : ReportSheet.of(round.template(), shown);
        int diffTo = to == null || to < 1 || to > latest ? latest : to;
        int diffFrom = from == null || from < 1 || from > latest ? diffTo - 1 : from;
        ReportDiff diff = latest >= 2 && diffFrom >= 1 && diffFrom != diffTo ? reports.diff(code, agency, diffFrom, diffTo) : null;
        return Templates.report(new ReportPage(round, current, shown, sheet, reports.events(code, agency), diff, diffFrom, diffTo, notice,
                reason, errors));
    }

    private static URI self(String round, String agency, Notice notice) {
        return Links.report(round, agency, notice);
    }
}
