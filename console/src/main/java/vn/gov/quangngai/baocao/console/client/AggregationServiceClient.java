package vn.gov.quangngai.baocao.console.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.gov.quangngai.baocao.console.client.model.Snapshot;
import vn.gov.quangngai.baocao.console.client.model.Summary;

/** aggregation-service for the pages: summaries, snapshots and the files, an unreachable service named. */
@ApplicationScoped
public class AggregationServiceClient {

    /** Snapshots listed on the summary page, newest first. */
    static final int SNAPSHOTS = 50;

    private final AggregationServiceApi api;

    public AggregationServiceClient(@RestClient AggregationServiceApi api) {
        this.api = api;
    }

    public Summary summary(String round, String basis) {
        return call(() -> api.summary(round, basis));
    }

    public Download summaryCsv(String round, String basis) {
        return call(() -> download(api.summaryCsv(round, basis)));
    }

    public Download summaryDocx(String round, String basis) {
        return call(() -> download(api.summaryDocx(round, basis)));
    }

    public List<Snapshot> snapshots(String round) {
        return call(() -> api.snapshots(round, 0, SNAPSHOTS).items());
    }

    public Snapshot takeSnapshot(String round, String basis) {
        return call(() -> api.takeSnapshot(round, basis));
    }

    public Download snapshotCsv(String round, String id) {
        return call(() -> download(api.snapshotCsv(round, id)));
    }

    public Download snapshotDocx(String round, String id) {
        return call(() -> download(api.snapshotDocx(round, id)));
    }

    private static Download download(Response response) {
        try (response) {
            return new Download(response.readEntity(byte[].class), response.getHeaderString(HttpHeaders.CONTENT_TYPE),
                    response.getHeaderString("Content-Disposition"));
        }
    }

    private static <T> T call(Supplier<T> call) {
        return Guarded.call(ServicePart.SUMMARIES, call);
    }
}
