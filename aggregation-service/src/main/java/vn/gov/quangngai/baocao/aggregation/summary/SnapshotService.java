package vn.gov.quangngai.baocao.aggregation.summary;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import vn.gov.quangngai.baocao.aggregation.repository.SnapshotRepository;
import vn.gov.quangngai.baocao.support.caller.Actor;
import vn.gov.quangngai.baocao.support.paging.PageRequest;
import vn.gov.quangngai.baocao.support.paging.PageResult;
import vn.gov.quangngai.baocao.support.i18n.Languages;
import vn.gov.quangngai.baocao.support.i18n.Msg;
import vn.gov.quangngai.baocao.support.problem.ApiException;
import vn.gov.quangngai.baocao.support.problem.ErrorCode;

/** Freezes a summary as it is now; a snapshot never changes, whatever happens to the reports later. */
@ApplicationScoped
public class SnapshotService {

    private static final Logger LOG = Logger.getLogger(SnapshotService.class);

    private final SummaryService summaries;
    private final SnapshotRepository snapshots;
    private final JsonWebToken token;
    private final ObjectMapper json;

    public SnapshotService(SummaryService summaries, SnapshotRepository snapshots, JsonWebToken token, ObjectMapper json) {
        this.summaries = summaries;
        this.snapshots = snapshots;
        this.token = token;
        this.json = json;
    }

    /** The snapshot's JSON: the summary plus {@code id}, {@code takenAt}, {@code takenBy}. */
    @Transactional
    public JsonNode take(String round, Basis basis) {
        Summary summary = summaries.summary(round, basis);
        UUID id = UUID.randomUUID();
        OffsetDateTime takenAt = OffsetDateTime.now(SummaryService.VIETNAM).truncatedTo(ChronoUnit.MILLIS);
        ObjectNode takenBy = json.valueToTree(Actor.of(token));
        ObjectNode body = json.createObjectNode();
        body.put("id", id.toString());
        body.put("takenAt", takenAt.toString());
        body.set("takenBy", takenBy);
        body.setAll((ObjectNode) json.valueToTree(summary));
        snapshots.insert(id, round, basis.label(), takenAt, takenBy, body);
        LOG.infof("Snapshot %s of round %s (%s basis, %d report versions) taken by %s", id, round, basis.label(),
                summary.versions().size(), takenBy.path("username").asText());
        return body;
    }

    @Transactional
    public JsonNode get(String round, String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound(round, id);
        }
        return snapshots.find(round, uuid).orElseThrow(() -> notFound(round, id));
    }

    /** The round's snapshots, newest first: id, when, by whom, on which basis. */
    @Transactional
    public PageResult<SnapshotEntry> list(String round, PageRequest page) {
        summaries.header(round);
        List<SnapshotEntry> items = snapshots.page(round, page.offset(), page.size()).stream()
                .map(e -> new SnapshotEntry(e.id().toString(), e.takenAt().atZoneSameInstant(SummaryService.VIETNAM).toOffsetDateTime(),
                        json.convertValue(e.takenBy(), Actor.class), e.basis()))
                .toList();
        return new PageResult<>(items, page.page(), page.size(), snapshots.count(round));
    }

    /** The frozen summary as an object, for the exports (numbers read back exactly). */
    public Summary asSummary(JsonNode snapshot) {
        try {
            return json.readerFor(Summary.class)
                    .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
                    .without(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                    .readValue(snapshot);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable snapshot", e);
        }
    }

    private static ApiException notFound(String round, String id) {
        return new ApiException(ErrorCode.SNAPSHOT_NOT_FOUND, Msg.of("aggregation.snapshot.notFound", id, round));
    }
}
