package vn.gov.quangngai.baocao.systemtests;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * An agency's side through the API, as its officer or system does it: the seed report (Ban Dân
 * tộc, 2021) imported as the draft, the required figures filled, submitted; later corrected and
 * submitted again.
 */
final class SeedSubmissions {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The figures the outline requires, as the seed states them, and the seed's 196.878 people helped. */
    static final Map<String, Integer> SEED_FIGURES = Map.of(
            "II.2.procedures_total", 2, "II.3.receptions_periodic", 0, "II.3.receptions_adhoc", 0, "II.6.models", 1,
            "II.1.support_people", 196878);

    private final String reportService;

    SeedSubmissions(String reportService) {
        this.reportService = reportService;
    }

    /** Imports the seed text as the agency's draft, sets the figures and submits it; returns the version. */
    int submitSeed(String token, String round, String agency) {
        JsonNode imported = readJson(given().baseUri(reportService).auth().oauth2(token).contentType("text/plain; charset=UTF-8")
                .body(seedText()).post(path(round, agency) + "/import")
                .then().statusCode(200).extract().asString());
        ObjectNode draft = (ObjectNode) imported.get("draft");
        SEED_FIGURES.forEach((code, value) -> set(draft, code, value));
        return save(token, round, agency, draft);
    }

    /**
     * Changes one figure of the agency's draft, and the same number where a section's text states it,
     * and submits it again; returns the new version.
     */
    int resubmitWith(String token, String round, String agency, String figure, int value, String writtenBefore, String writtenAfter) {
        ObjectNode report = (ObjectNode) readJson(given().baseUri(reportService).auth().oauth2(token).get(path(round, agency))
                .then().statusCode(200).extract().asString());
        ObjectNode draft = JSON.createObjectNode();
        for (String field : new String[] {"document", "sections", "indicators", "nilReport"}) {
            if (report.has(field)) {
                draft.set(field, report.get(field));
            }
        }
        set(draft, figure, value);
        for (JsonNode section : draft.withArray("sections")) {
            ((ObjectNode) section).put("text", section.get("text").asText().replace(writtenBefore, writtenAfter));
        }
        return save(token, round, agency, draft);
    }

    private int save(String token, String round, String agency, ObjectNode draft) {
        given().baseUri(reportService).auth().oauth2(token).contentType("application/json").body(draft.toString())
                .put(path(round, agency)).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        return given().baseUri(reportService).auth().oauth2(token).post(path(round, agency) + "/submit")
                .then().statusCode(200).extract().path("version");
    }

    private static void set(ObjectNode draft, String code, int value) {
        ArrayNode indicators = draft.withArray("indicators");
        for (JsonNode indicator : indicators) {
            if (indicator.get("code").asText().equals(code)) {
                ((ObjectNode) indicator).put("value", value);
                return;
            }
        }
        indicators.addObject().put("code", code).put("value", value);
    }

    private static String path(String round, String agency) {
        return "/api/v1/rounds/" + round + "/reports/" + agency;
    }

    private static String seedText() {
        try {
            return Files.readString(Path.of(System.getProperty("suite.seed-report")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readJson(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
