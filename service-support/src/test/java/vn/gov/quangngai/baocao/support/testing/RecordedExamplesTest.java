package vn.gov.quangngai.baocao.support.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** An answer drifts from its example when a field is renamed, dropped, added or changes type; not when values change. */
class RecordedExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXAMPLE = """
            {"items": [{"seq": 12, "round": "DVCQ-2021-VD", "status": "ROUND_OPENED", "at": "2026-12-01T00:54:04+07:00"},
                       {"seq": 13, "round": "DVCQ-2021-VD", "agency": "BDT", "version": 1, "status": "SUBMITTED", "at": "2026-12-01T00:55:04+07:00"}],
             "next": 13}""";

    @Test
    void otherValuesAndItemCountsAreTheSameShape() throws IOException {
        JsonNode sent = JSON.readTree("""
                {"items": [{"seq": 40, "round": "X", "agency": "STC", "version": 3, "status": "ACCEPTED", "at": "2027-01-01T00:00:00Z"},
                           {"seq": 41, "round": "X", "agency": null, "status": "ROUND_CLOSED", "at": "2027-01-02T00:00:00Z"}],
                 "next": 41}""");

        assertThat(RecordedExamples.shapeDifferences("listChanges", sent, JSON.readTree(EXAMPLE))).isEmpty();
    }

    @Test
    void aRenamedFieldIsNamedOnBothSides() throws IOException {
        JsonNode sent = JSON.readTree(EXAMPLE.replace("\"agency\"", "\"agencyCode\""));

        assertThat(RecordedExamples.shapeDifferences("listChanges", sent, JSON.readTree(EXAMPLE))).containsExactly(
                "listChanges: /items/*/agency is in the example but not sent",
                "listChanges: /items/*/agencyCode is sent but not in the example");
    }

    @Test
    void aFieldOfAnotherTypeIsNamed() throws IOException {
        JsonNode sent = JSON.readTree(EXAMPLE.replace("\"version\": 1", "\"version\": \"1\""));

        assertThat(RecordedExamples.shapeDifferences("listChanges", sent, JSON.readTree(EXAMPLE)))
                .containsExactly("listChanges: /items/*/version is sent as [STRING], the example has [NUMBER]");
    }
}
