package vn.gov.quangngai.baocao.report.registry;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a registry change did, or on a dry run would do: the periods that end and begin, and who succeeds whom. */
@Schema(name = "AgencyChangeResult")
public record AgencyChangeResult(
        @Schema(required = true, example = "MERGE") AgencyChangeRequest.Type type,
        @Schema(required = true, example = "2025-03-01") LocalDate effective,
        @Schema(required = true) String basis,
        @Schema(required = true, description = "true: nothing was stored") boolean dryRun,
        @Schema(required = true, description = "true: the change is recorded (201); false: a dry run, nothing stored (200)") boolean applied,
        @Schema(required = true, description = "agencies whose period ends on the effective day") List<PeriodChange> ended,
        @Schema(required = true, description = "periods that begin on the effective day (new agencies, new names)") List<PeriodChange> begun,
        @Schema(required = true, description = "codes the change creates", example = "[\"SNNMT\"]") List<String> created,
        @Schema(required = true) List<Succession> successions) {

    /** A period that ends or begins. */
    @Schema(name = "AgencyPeriodChange")
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record PeriodChange(@Schema(example = "BDT") String code, @Schema(example = "Ban Dân tộc") String name,
                               @Schema(example = "BAN") String kind, LocalDate validFrom, LocalDate validTo) {
    }

    /** One agency carrying on for another. */
    @Schema(name = "AgencySuccession")
    public record Succession(@Schema(example = "STNMT") String predecessor, @Schema(example = "SNNMT") String successor) {
    }
}
