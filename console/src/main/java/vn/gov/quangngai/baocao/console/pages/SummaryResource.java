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
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import vn.gov.quangngai.baocao.console.client.AggregationServiceClient;
import vn.gov.quangngai.baocao.console.client.Download;
import vn.gov.quangngai.baocao.console.client.model.Snapshot;
import vn.gov.quangngai.baocao.console.client.model.Summary;
import vn.gov.quangngai.baocao.console.config.ConsoleConfig;
import vn.gov.quangngai.baocao.console.view.IndicatorChart;
import vn.gov.quangngai.baocao.console.view.Notice;
import vn.gov.quangngai.baocao.console.view.SignedInPerson;

/** A round's provincial summary: figures and their charts, compiled sections, completeness, the files, snapshots. */
@Path("/rounds/{round}")
public class SummaryResource {

    static final String SUBMITTED = "submitted";
    static final String ACCEPTED = "accepted";

    /** A figure's line in the table with its chart (null for figures without numbers). */
    public record IndicatorLine(Summary.IndicatorTotal indicator, IndicatorChart chart) {
    }

    /** The page; {@code snapshots} is null for people who may not take or read them. */
    public record SummaryPage(Summary summary, String basis, List<IndicatorLine> indicators, int chartTop, List<Snapshot> snapshots, Notice notice) {

        public String otherBasis() {
            return ACCEPTED.equals(basis) ? SUBMITTED : ACCEPTED;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance summary(SummaryPage page);
    }

    private final AggregationServiceClient summaries;
    private final SignedInPerson person;
    private final ConsoleConfig config;

    public SummaryResource(AggregationServiceClient summaries, SignedInPerson person, ConsoleConfig config) {
        this.summaries = summaries;
        this.person = person;
        this.config = config;
    }

    @GET
    @Path("/summary")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance summary(@RestPath String round, @RestQuery String basis, @RestQuery String notice) {
        String chosen = basis(basis);
        Summary summary = summaries.summary(round, chosen);
        List<IndicatorLine> indicators = summary.indicators().stream()
                .map(f -> new IndicatorLine(f, IndicatorChart.of(f, config.chartTop()))).toList();
        // snapshots are a reviewer's; a viewer's page does not ask for what the service would refuse
        List<Snapshot> snapshots = person.reviewer() ? summaries.snapshots(round) : null;
        return Templates.summary(new SummaryPage(summary, chosen, indicators, config.chartTop(), snapshots, Notice.of(notice)));
    }

    @GET
    @Path("/summary.docx")
    public Response summaryDocx(@RestPath String round, @RestQuery String basis) {
        return file(summaries.summaryDocx(round, basis(basis)), round + ".docx");
    }

    @GET
    @Path("/summary.csv")
    public Response summaryCsv(@RestPath String round, @RestQuery String basis) {
        return file(summaries.summaryCsv(round, basis(basis)), round + ".csv");
    }

    @POST
    @Path("/snapshots")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response takeSnapshot(@RestPath String round, @RestForm String basis) {
        summaries.takeSnapshot(round, basis(basis));
        return Response.seeOther(Links.summary(round, basis(basis), Notice.SNAPSHOT)).build();
    }

    /** Someone signed in again after their session ended on taking a snapshot: back to the summary, nothing taken. */
    @GET
    @Path("/snapshots")
    public Response afterSignIn(@RestPath String round) {
        return Response.seeOther(Links.summary(round, null, null)).build();
    }

    @GET
    @Path("/snapshots/{id}.docx")
    public Response snapshotDocx(@RestPath String round, @RestPath String id) {
        return file(summaries.snapshotDocx(round, id), round + "-" + id + ".docx");
    }

    @GET
    @Path("/snapshots/{id}.csv")
    public Response snapshotCsv(@RestPath String round, @RestPath String id) {
        return file(summaries.snapshotCsv(round, id), round + "-" + id + ".csv");
    }

    private static String basis(String basis) {
        return ACCEPTED.equals(basis) ? ACCEPTED : SUBMITTED;
    }

    /** The service's file as it came; its own file name when it gave one. */
    private static Response file(Download download, String fallbackName) {
        String disposition = download.contentDisposition() != null ? download.contentDisposition()
                : "attachment; filename=\"" + fallbackName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"";
        return Response.ok(download.body()).type(download.contentType()).header("Content-Disposition", disposition).build();
    }
}
