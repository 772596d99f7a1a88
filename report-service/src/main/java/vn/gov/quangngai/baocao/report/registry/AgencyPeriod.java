package vn.gov.quangngai.baocao.report.registry;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One period of an agency as the API shows it, inside {@link Agency}: its name, kind and parent from {@code validFrom} to {@code validTo}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgencyPeriod(LocalDate validFrom, LocalDate validTo,
                           @Schema(required = true, example = "Ban Dân tộc") String name,
                           @Schema(required = true, type = SchemaType.STRING, implementation = AgencyKind.class, example = "BAN") String kind,
                           String parent) {
}
