package vn.gov.quangngai.baocao.report.registry;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a list of agencies did to the registry, or on a dry run would do; a file with any error changes nothing. */
@Schema(name = "AgencyImportResult")
public record AgencyImportResult(
        @Schema(required = true, description = "agencies added", example = "96") int created,
        @Schema(required = true, description = "agencies whose name, kind or parent changed", example = "0") int changed,
        @Schema(required = true, description = "agencies already as the file says", example = "0") int unchanged,
        @Schema(required = true, description = "the list was only checked, as asked") boolean dryRun,
        @Schema(required = true, description = "the registry changed: false on a dry run and whenever a line has an error") boolean applied,
        @Schema(required = true) List<LineError> errors) {

    /** A line of the file that cannot be applied, and why. */
    @Schema(name = "AgencyImportError")
    public record LineError(@Schema(example = "12") int line, @Schema(example = "loại XAA không có; dùng SO, BAN, NGANH, HUYEN, XA, PHUONG, DAC_KHU") String message) {
    }
}
