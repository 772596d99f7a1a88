package vn.gov.quangngai.baocao.aggregation.trend;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A figure across rounds: one point per round whose template has it, oldest period first. */
@Schema(name = "Trend")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Trend(
        // published as "figure" before the Java name became indicator: the wire name stays for integrators
        @JsonProperty("figure") @Schema(required = true, example = "II.3.receptions_periodic") String indicator,
        @Schema(description = "the agency asked for; absent for the province's totals", example = "STC") String agency,
        @Schema(description = "the agency and every agency it took over from, whose values count toward it", example = "[\"STC\", \"SKHDT\"]")
        List<String> lineage,
        @Schema(required = true) List<Point> points) {

    /** One round's value of the figure. */
    @Schema(name = "TrendPoint")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Point(
            @Schema(required = true, example = "DVCQ-2021") String round,
            @Schema(required = true) Period period,
            @Schema(description = "the figure's total by its aggregation over the agencies in from; absent when none gave a value", example = "12")
            BigDecimal value,
            @Schema(required = true, description = "the agencies whose values were added", example = "[\"STC\", \"SKHDT\"]") List<String> from) {
    }

    /** The period a round reports on. */
    @Schema(name = "TrendPeriod")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Period(@Schema(example = "YEAR") String kind, @Schema(example = "2021") int year, Integer index) {
    }
}
