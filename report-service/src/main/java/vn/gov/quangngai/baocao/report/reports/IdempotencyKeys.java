package vn.gov.quangngai.baocao.report.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;
import vn.gov.quangngai.baocao.report.rounds.ReportEntity;
import vn.gov.quangngai.baocao.report.shared.ReportContent;
import vn.gov.quangngai.baocao.report.shared.ReportStatus;
import vn.gov.quangngai.baocao.support.i18n.Msg;
import vn.gov.quangngai.baocao.support.problem.ApiException;
import vn.gov.quangngai.baocao.support.problem.ErrorCode;

/**
 * Idempotency keys of submissions, bound to what they acknowledged. A key's record holds the
 * version it made and the fingerprint of the request (the ETag of the draft a submit froze; the hash
 * of the content a one-request submission sent). A
 * retry replays the first answer only while that answer still describes the report: the version
 * is the latest and was not returned since, and the retry's fingerprint, when it carries one, is
 * the same. Anything else with the same key is a different request and is refused: replaying
 * would tell an agency its corrected report went in when it did not.
 */
@ApplicationScoped
public class IdempotencyKeys {

    /** Longer keys are refused with 400; the column holds exactly this many characters. */
    public static final int MAX_KEY_LENGTH = 255;

    /** Property and key order fixed, so that one content has one serialisation. */
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private final SubmitIdempotencyRepository keys;
    private final ObjectMapper json;

    public IdempotencyKeys(SubmitIdempotencyRepository keys, ObjectMapper json) {
        this.keys = keys;
        this.json = json;
    }

    /** The key as sent, stripped; null when none was sent; 400 when it is too long or not printable ASCII. */
    public static String normalise(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String key = header.strip();
        if (key.length() > MAX_KEY_LENGTH) {
            throw new ApiException(ErrorCode.MALFORMED_REQUEST, Msg.of("report.idempotency.tooLong", key.length(), MAX_KEY_LENGTH));
        }
        if (!key.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            throw new ApiException(ErrorCode.MALFORMED_REQUEST, Msg.of("report.idempotency.notAscii"));
        }
        return key;
    }

    /**
     * What a one-request submission acts on: its content as checked and stored (text in NFC, values
     * in their figure's form), so that the same report sent again with other spacing, member order
     * or Unicode form is the same request.
     */
    static String bodyFingerprint(ReportContent content) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(CANONICAL.writeValueAsBytes(content));
            return "body:" + HexFormat.of().formatHex(hash);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("unserialisable report content", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JVM", e);
        }
    }

    /**
     * The first answer to this key, when the request is a retry of the one it acknowledged; empty when
     * the key is new. {@code fingerprint} is what the retry says it acts on, or null when it says nothing.
     */
    Optional<Report> replay(ReportEntity report, String key, String fingerprint) {
        Optional<SubmitIdempotencyEntity> found = keys.find(report.id, key);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SubmitIdempotencyEntity earlier = found.get();
        boolean sameRequest = fingerprint == null || earlier.fingerprint.isEmpty() || earlier.fingerprint.equals(fingerprint);
        boolean stillTheAnswer = report.currentVersion == earlier.version
                && (report.status == ReportStatus.SUBMITTED || report.status == ReportStatus.ACCEPTED);
        if (sameRequest && stillTheAnswer) {
            return Optional.of(read(earlier.response));
        }
        throw new ApiException(ErrorCode.IDEMPOTENCY_KEY_REUSED, Msg.of("report.idempotency.reused", key, earlier.version,
                report.round.code, report.agency.code, earlier.createdAt, whyNotARetry(report, earlier, sameRequest)));
    }

    /** Binds the key to the answer it gave. */
    void remember(ReportEntity report, String key, String fingerprint, int version, Report answer, OffsetDateTime now) {
        SubmitIdempotencyEntity record = new SubmitIdempotencyEntity();
        record.reportId = report.id;
        record.idempotencyKey = key;
        record.fingerprint = fingerprint;
        record.version = version;
        record.response = json.valueToTree(answer);
        record.createdAt = now;
        keys.persist(record);
    }

    private static Msg whyNotARetry(ReportEntity report, SubmitIdempotencyEntity earlier, boolean sameRequest) {
        if (!sameRequest) {
            return Msg.of("report.idempotency.otherRequest");
        }
        if (report.currentVersion != earlier.version) {
            return Msg.of("report.idempotency.laterVersion", report.currentVersion);
        }
        return Msg.of("report.idempotency.changedSince", report.status.word());
    }

    /** The stored first answer, its times read back with the offsets they were given in. */
    private Report read(JsonNode stored) {
        try {
            return json.readerFor(Report.class).without(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE).readValue(stored);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable stored submit answer", e);
        }
    }
}
