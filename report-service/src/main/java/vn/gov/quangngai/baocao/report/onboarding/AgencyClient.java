package vn.gov.quangngai.baocao.report.onboarding;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An agency system's client as listed: never its secret. */
@Schema(name = "AgencyClient")
public record AgencyClient(
        @Schema(required = true, example = "agency-minhlong-k7q2xp") String clientId,
        @Schema(required = true, description = "false once disabled: it gets no more tokens") boolean enabled,
        @Schema(description = "when report-service created it") OffsetDateTime createdAt) {
}
