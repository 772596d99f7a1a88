package vn.gov.quangngai.baocao.report.onboarding;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An agency system's client id and its secret: shown once, when the client is created or its secret rotated. */
@Schema(name = "ClientCredentials")
public record ClientCredentials(
        @Schema(required = true, example = "agency-minhlong-k7q2xp") String clientId,
        @Schema(required = true, description = "the client secret; keep it in the system's secret store, it is never shown again",
                example = "mV3pQ8rT2yLk9sNw4bXc7dFg1hJz6aE5") String secret) {

    /** Never the secret: this record may end up in a log line. */
    @Override
    public String toString() {
        return "ClientCredentials[clientId=" + clientId + "]";
    }
}
