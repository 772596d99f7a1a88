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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import vn.gov.quangngai.baocao.console.client.ApiException;
import vn.gov.quangngai.baocao.console.client.ReportServiceClient;
import vn.gov.quangngai.baocao.console.client.Tagged;
import vn.gov.quangngai.baocao.console.client.model.DraftContent;
import vn.gov.quangngai.baocao.console.client.model.IndicatorValue;
import vn.gov.quangngai.baocao.console.client.model.Template;
import vn.gov.quangngai.baocao.console.client.model.Report;
import vn.gov.quangngai.baocao.console.client.model.Round;
import vn.gov.quangngai.baocao.console.view.Notice;
import vn.gov.quangngai.baocao.console.view.ProblemMessages;
import vn.gov.quangngai.baocao.console.view.ReportSheet;

/**
 * Submitting an agency's report: a confirmation that names what will be frozen as the next version
 * (the saved draft, laid out as SNV will read it), then the submission itself, sent with the ETag of
 * that draft and an Idempotency-Key derived from it, so a retried or doubled click submits once.
 */
@Path("/rounds/{round}/reports/{agency}/submit")
@Produces(MediaType.TEXT_HTML)
public class SubmitResource {

    /** The confirmation: the draft as it will be frozen, the version it becomes, the required figures still empty. */
    public record SubmitPage(Round round, Tagged current, DraftContent draft, ReportSheet sheet, List<Template.Indicator> missing,
                             boolean lateNow, Notice notice) {

        public Report report() {
            return current.report();
        }

        public int nextVersion() {
            return current.report().version() + 1;
        }

        public long sectionsWritten() {
            return draft.sections().stream().filter(s -> s.text() != null && !s.text().isBlank()).count();
        }

        public long indicatorsGiven() {
            return draft.indicators().stream().filter(f -> f.value() != null && !f.value().isNull()).count();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance confirmSubmit(SubmitPage page);
    }

    private final ReportServiceClient reports;
    private final AgencyReportPages pages;

    public SubmitResource(ReportServiceClient reports, AgencyReportPages pages) {
        this.reports = reports;
        this.pages = pages;
    }

    @GET
    public Response confirm(@RestPath String round, @RestPath String agency, @RestQuery String notice) {
        pages.requireOwn(agency);
        Round read = reports.round(round);
        Tagged current = reports.report(round, agency);
        String status = current.report().status();
        if ("NOT_STARTED".equals(status)) {
            return Response.seeOther(Links.report(round, agency, Notice.NO_DRAFT)).build();
        }
        if (!"DRAFT".equals(status) && !"RETURNED".equals(status)) {
            return Response.seeOther(Links.report(round, agency, Notice.ALREADY_SUBMITTED)).build();
        }
        Template template = AgencyReportPages.template(read);
        DraftContent draft = current.report().content();
        return Response.ok(Templates.confirmSubmit(new SubmitPage(read, current, draft,
                ReportSheet.of(template, draft.sections(), draft.indicators()), missing(template, draft),
                read.deadline() != null && OffsetDateTime.now().isAfter(read.deadline()), Notice.of(notice)))).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@RestPath String round, @RestPath String agency, @RestForm String etag) {
        pages.requireOwn(agency);
        String tag = etag == null || etag.isBlank() ? null : etag;
        try {
            reports.submit(round, agency, tag, tag == null ? null : idempotencyKey(round, agency, tag));
            return Response.seeOther(Links.report(round, agency, Notice.SUBMITTED)).build();
        } catch (ApiException refused) {
            return switch (refused.status()) {
                case 412 -> Response.seeOther(Links.submit(round, agency, Notice.DRAFT_CHANGED)).build();
                case 409 -> Response.seeOther(Links.report(round, agency, afterConflict(refused))).build();
                case 422 -> {
                    if (!"REQUIRED_FIGURES_MISSING".equals(refused.code())) {
                        throw refused;
                    }
                    yield Response.status(422).entity(pages.missingAtSubmit(round, agency,
                            refused.problem().map(p -> p.errors()).orElse(List.of()), ProblemMessages.of(refused))).build();
                }
                default -> throw refused;
            };
        }
    }

    /**
     * The key of one intended submission: the same draft (its ETag) gives the same key, so a retry
     * is answered as the first; any change to the report (a save, a return) gives a new ETag and a new key.
     */
    static String idempotencyKey(String round, String agency, String etag) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((round + "\n" + agency + "\n" + etag).getBytes(StandardCharsets.UTF_8));
            return "console-submit-" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The notice of a submission the report's state refused: already in, nothing to submit, or the round closed. */
    private static Notice afterConflict(ApiException refused) {
        if ("ROUND_CLOSED".equals(refused.code())) {
            return Notice.ROUND_CLOSED;
        }
        String reason = refused.problem().map(p -> p.reason()).orElse("");
        return "NO_DRAFT".equals(reason) ? Notice.NO_DRAFT : Notice.ALREADY_SUBMITTED;
    }

    /** The outline's required figures the draft leaves empty (none for a nil report), for the person to see before submitting. */
    static List<Template.Indicator> missing(Template template, DraftContent draft) {
        if (draft.nil()) {
            return List.of();
        }
        Set<String> given = draft.indicators().stream().filter(f -> f.value() != null && !f.value().isNull())
                .map(IndicatorValue::code).collect(Collectors.toSet());
        return template.sections().stream().flatMap(s -> s.indicators().stream())
                .filter(f -> f.required() && !given.contains(f.code())).toList();
    }
}
