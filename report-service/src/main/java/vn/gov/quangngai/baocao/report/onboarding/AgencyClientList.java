package vn.gov.quangngai.baocao.report.onboarding;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An agency's system clients, oldest first. */
@Schema(name = "AgencyClientList")
public record AgencyClientList(@Schema(required = true) List<AgencyClient> items) {
}
