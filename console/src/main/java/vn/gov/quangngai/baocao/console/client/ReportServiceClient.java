package vn.gov.quangngai.baocao.console.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.gov.quangngai.baocao.console.client.model.Agency;
import vn.gov.quangngai.baocao.console.client.model.AuditEvent;
import vn.gov.quangngai.baocao.console.client.model.BuiltInTemplate;
import vn.gov.quangngai.baocao.console.client.model.DraftContent;
import vn.gov.quangngai.baocao.console.client.model.ImportPreview;
import vn.gov.quangngai.baocao.console.client.model.NewRound;
import vn.gov.quangngai.baocao.console.client.model.Page;
import vn.gov.quangngai.baocao.console.client.model.Reason;
import vn.gov.quangngai.baocao.console.client.model.Report;
import vn.gov.quangngai.baocao.console.client.model.ReportDiff;
import vn.gov.quangngai.baocao.console.client.model.ReportRow;
import vn.gov.quangngai.baocao.console.client.model.Round;
import vn.gov.quangngai.baocao.console.client.model.Version;

/** report-service for the pages: whole lists read page by page, ETags kept, an unreachable service named. */
@ApplicationScoped
public class ReportServiceClient {

    /** The largest page the services serve. */
    static final int PAGE = 500;

    private final ReportServiceApi api;

    public ReportServiceClient(@RestClient ReportServiceApi api) {
        this.api = api;
    }

    public Page<Round> rounds(String status, int page, int size) {
        return call(() -> api.rounds(status, page, size));
    }

    public Round round(String code) {
        return call(() -> api.round(code));
    }

    public Round openRound(NewRound round) {
        return call(() -> api.openRound(round));
    }

    /** Every expected agency's line, in the round's order. */
    public List<ReportRow> rows(String round) {
        return all(page -> api.reports(round, page, PAGE));
    }

    public Tagged report(String round, String agency) {
        return call(() -> tagged(api.report(round, agency)));
    }

    public Version version(String round, String agency, int version) {
        return call(() -> api.version(round, agency, version));
    }

    /** The whole audit trail, oldest first. */
    public List<AuditEvent> events(String round, String agency) {
        return all(page -> api.events(round, agency, page, PAGE));
    }

    public ReportDiff diff(String round, String agency, int from, int to) {
        return call(() -> api.diff(round, agency, from, to));
    }

    public ReportDiff diffWithDraft(String round, String agency) {
        return call(() -> api.diffWithDraft(round, agency));
    }

    /** Saves the whole draft if it is still the one {@code etag} names. */
    public Tagged saveDraft(String round, String agency, String etag, DraftContent draft) {
        return call(() -> tagged(api.saveDraft(round, agency, etag, draft)));
    }

    /** Submits the draft {@code etag} names; a retry with the same key is answered as the first time. */
    public Tagged submit(String round, String agency, String etag, String idempotencyKey) {
        return call(() -> tagged(api.submit(round, agency, etag, idempotencyKey)));
    }

    /** What an agency's document would become as its draft; nothing is stored. */
    public ImportPreview preview(String round, String agency, byte[] document, boolean docx) {
        return call(() -> docx ? api.previewDocx(round, agency, document) : api.previewText(round, agency, document));
    }

    public Tagged returnReport(String round, String agency, String etag, String reason) {
        return call(() -> tagged(api.returnReport(round, agency, etag, new Reason(reason))));
    }

    public Tagged accept(String round, String agency, String etag) {
        return call(() -> tagged(api.accept(round, agency, etag)));
    }

    /** The agencies in force on {@code day}, in the registry's order. */
    public List<Agency> agencies(LocalDate day) {
        return all(page -> api.agencies(page, PAGE, day.toString()));
    }

    /** The agency as it is (or was last), with every period and the agencies before and after it. */
    public Agency agency(String code) {
        return call(() -> api.agency(code));
    }

    public List<BuiltInTemplate> templates() {
        return call(api::templates);
    }

    private <T> List<T> all(IntFunction<Page<T>> pages) {
        List<T> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            int number = page;
            Page<T> answer = call(() -> pages.apply(number));
            items.addAll(answer.items());
            if (answer.items().isEmpty() || items.size() >= answer.total()) {
                return items;
            }
        }
    }

    private static Tagged tagged(Response response) {
        try (response) {
            return new Tagged(response.readEntity(Report.class), response.getHeaderString(HttpHeaders.ETAG));
        }
    }

    private static <T> T call(Supplier<T> call) {
        return Guarded.call(ServicePart.REPORTS, call);
    }
}
