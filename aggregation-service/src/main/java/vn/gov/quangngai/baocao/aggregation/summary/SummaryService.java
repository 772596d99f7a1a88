package vn.gov.quangngai.baocao.aggregation.summary;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.quangngai.baocao.aggregation.repository.SummaryRepository;
import vn.gov.quangngai.baocao.support.i18n.Languages;
import vn.gov.quangngai.baocao.support.i18n.Msg;
import vn.gov.quangngai.baocao.support.problem.ApiException;
import vn.gov.quangngai.baocao.support.problem.ErrorCode;

/** Builds the provincial summary of a round from aggregation-service's own copy of the reports. */
@ApplicationScoped
public class SummaryService {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final SummaryRepository repository;
    private final ObjectMapper json;

    public SummaryService(SummaryRepository repository, ObjectMapper json) {
        this.repository = repository;
        this.json = json;
    }

    /** The summary now, from one consistent read of the tables. */
    @Transactional
    public Summary summary(String round, Basis basis) {
        repository.readConsistently();
        RoundHeader header = header(round);
        OffsetDateTime now = OffsetDateTime.now(VIETNAM).truncatedTo(ChronoUnit.MILLIS);
        List<SummaryRepository.IndicatorRow> indicators = new ArrayList<>();
        repository.eachIndicatorRow(round, basis.statuses(), header.template().indicatorCodes(), (index, row) -> indicators.add(row));
        List<SummaryRepository.SectionText> texts = new ArrayList<>();
        repository.eachSectionText(round, basis.statuses(), header.template().sectionKeys(), (section, text) -> texts.add(text));
        return SummaryBuilder.build(header, basis, now, repository.standings(round), indicators, repository.totals(round, basis.statuses()), texts);
    }

    /**
     * Writes the summary's JSON to {@code out} while reading it, from one consistent read of the
     * tables: the same document as {@link #summary}, without holding its values and texts (at
     * 10,000 agencies they are tens of megabytes). Check the round first: once bytes are written,
     * an error can no longer become a problem answer. A failure midway leaves the JSON unfinished
     * (never closed up into a valid but partial document), and the connection ends early.
     * <p>
     * The transaction, and its connection, last as long as the client takes to read the answer:
     * hence the timeout of {@value #STREAM_TIMEOUT_SECONDS} s rather than the default minute.
     */
    @Transactional
    @TransactionConfiguration(timeout = STREAM_TIMEOUT_SECONDS)
    public void writeJson(String round, Basis basis, OutputStream out) throws IOException {
        repository.readConsistently();
        RoundHeader header = header(round);
        OffsetDateTime now = OffsetDateTime.now(VIETNAM).truncatedTo(ChronoUnit.MILLIS);
        JsonGenerator generator = json.getFactory().createGenerator(out)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
        try {
            new SummaryJsonStream(generator, json.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE), repository)
                    .write(header, basis, now, repository.standings(round), repository.totals(round, basis.statuses()));
        } catch (UncheckedIOException clientGone) {
            throw clientGone.getCause(); // writing to the client failed: an I/O error, not a server error
        }
        generator.close();
    }

    static final int STREAM_TIMEOUT_SECONDS = 600;

    @Transactional
    public Summary.Completeness completeness(String round) {
        repository.readConsistently();
        header(round);
        return SummaryBuilder.completeness(repository.standings(round));
    }

    /** The round's agencies in its order, code to name (the rows of the CSV). */
    @Transactional
    public Map<String, String> agencies(String round) {
        Map<String, String> agencies = new LinkedHashMap<>();
        repository.standings(round).forEach(s -> agencies.put(s.agency(), s.name()));
        return agencies;
    }

    /** Reads {@code ?basis=}: submitted (default) or accepted. */
    public static Basis basis(String text) {
        if (text == null || text.isBlank()) {
            return Basis.SUBMITTED;
        }
        return Basis.parse(text.strip()).orElseThrow(() -> new ApiException(ErrorCode.VALIDATION_FAILED, Msg.of("support.body.problems", 1),
                List.of(new vn.gov.quangngai.baocao.support.problem.Problem.FieldError("/basis",
                        Msg.of("aggregation.basis.invalid").in(Languages.current())))));
    }

    /** The round's heading (request, period, template), for the document. */
    @Transactional
    public RoundHeader roundHeader(String round) {
        return header(round);
    }

    RoundHeader header(String round) {
        return repository.round(round).map(this::header)
                .orElseThrow(() -> new ApiException(ErrorCode.ROUND_NOT_FOUND, Msg.of("aggregation.round.notYet", round)));
    }

    private RoundHeader header(SummaryRepository.RoundRow row) {
        return new RoundHeader(row.code(), row.title(), row.requestNumber(), row.requestDate(), row.requestIssuer(), row.periodKind(),
                row.periodYear(), row.periodIndex(), row.deadline(), row.status(), template(row.template()));
    }

    private Template template(String stored) {
        try {
            return json.readValue(stored, Template.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable round template", e);
        }
    }
}
