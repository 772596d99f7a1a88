package vn.gov.quangngai.baocao.report.registry;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member agency as it was on a day: its name, kind and parent in the period in force then, and the agencies before and after it. */
@Schema(name = "Agency")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Agency(
        @Schema(required = true, example = "BDT") String code,
        @Schema(required = true, example = "Ban Dân tộc") String name,
        @Schema(description = "code of the agency it belongs to, if any") String parent,
        @Schema(required = true, type = SchemaType.STRING, implementation = AgencyKind.class,
                description = "SO (sở), BAN (ban), NGANH (ngành), HUYEN (UBND huyện, thị xã, thành phố), XA (xã), PHUONG (phường), DAC_KHU (đặc khu)",
                example = "BAN") String kind,
        @Schema(description = "the period's first day; absent: before the registry's records") LocalDate validFrom,
        @Schema(description = "the day the period ended (exclusive); absent: still in force", example = "2025-03-01") LocalDate validTo,
        @Schema(required = true, description = "agencies it took over from (merges, splits)") List<String> predecessors,
        @Schema(required = true, description = "agencies that took over from it", example = "[\"SDTTG\"]") List<String> successors,
        @Schema(description = "every period, oldest first (one agency read by its code)") List<AgencyPeriod> periods) {
}
