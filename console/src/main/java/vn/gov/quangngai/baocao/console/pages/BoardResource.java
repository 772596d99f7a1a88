package vn.gov.quangngai.baocao.console.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import vn.gov.quangngai.baocao.console.client.ReportServiceClient;
import vn.gov.quangngai.baocao.console.client.model.Round;
import vn.gov.quangngai.baocao.console.config.ConsoleConfig;
import vn.gov.quangngai.baocao.console.view.Board;
import vn.gov.quangngai.baocao.console.view.Notice;

/**
 * A round's completeness board. The page asks {@code …/live} every few seconds (htmx); the answer
 * is the board's changing part, or 204 when nothing changed since the fingerprint it last showed,
 * so a reviewer's place on the page (and keyboard focus) is left alone until something moves.
 */
@Path("/rounds/{round}")
@Produces(MediaType.TEXT_HTML)
public class BoardResource {

    /** The page: the board and how often it refreshes itself. */
    public record BoardPage(Board board, long refreshSeconds, Notice notice) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance board(BoardPage page);

        static native TemplateInstance boardLive(BoardPage page);
    }

    private final ReportServiceClient reports;
    private final ConsoleConfig config;

    public BoardResource(ReportServiceClient reports, ConsoleConfig config) {
        this.reports = reports;
        this.config = config;
    }

    @GET
    public TemplateInstance board(@RestPath String round, @RestQuery String status, @RestQuery String notice) {
        return Templates.board(new BoardPage(read(round, status), config.boardRefresh().toSeconds(), Notice.of(notice)));
    }

    @GET
    @Path("/live")
    public Response live(@RestPath String round, @RestQuery String status, @RestQuery String seen) {
        Board board = read(round, status);
        if (board.fingerprint().equals(seen)) {
            return Response.noContent().build();
        }
        return Response.ok(Templates.boardLive(new BoardPage(board, config.boardRefresh().toSeconds(), null))).build();
    }

    private Board read(String code, String status) {
        Round round = reports.round(code);
        return Board.of(round, reports.rows(code), status, OffsetDateTime.now());
    }
}
