package vn.gov.quangngai.baocao.support.testing;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The OpenAPI document a service generates, compared with the one committed under
 * {@code docs/openapi/}: integrators read the committed one, so it must not drift. Run the test
 * with {@code -Dopenapi.update=true} to rewrite the committed document after a deliberate change.
 */
public final class CommittedOpenApi {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CommittedOpenApi() {
    }

    /** Fails, saying how to update it, when the served document differs from {@code docs/openapi/<service>.json}. */
    public static void assertServedDocumentMatches(String service) {
        String served = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().asString();
        Path committed = Path.of("..", "docs", "openapi", service + ".json");
        try {
            JsonNode servedJson = JSON.readTree(served);
            if (Boolean.getBoolean("openapi.update")) {
                Files.createDirectories(committed.getParent());
                Files.writeString(committed, JSON.writeValueAsString(servedJson) + "\n", StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(committed)) {
                throw new AssertionError("No committed OpenAPI document at " + committed.normalize()
                        + "; create it with ./mvnw verify -pl " + service + " -Dopenapi.update=true");
            }
            JsonNode committedJson = JSON.readTree(Files.readString(committed, StandardCharsets.UTF_8));
            if (!committedJson.equals(servedJson)) {
                throw new AssertionError("The OpenAPI document of " + service + " drifted from " + committed.normalize()
                        + ". If the API change is intended, update it with ./mvnw verify -pl " + service + " -Dopenapi.update=true and commit it.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
