package vn.gov.quangngai.baocao.aggregation.trend;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.gov.quangngai.baocao.aggregation.client.AgencyLineage;
import vn.gov.quangngai.baocao.aggregation.repository.TrendRepository;
import vn.gov.quangngai.baocao.support.i18n.Languages;
import vn.gov.quangngai.baocao.support.i18n.Msg;
import vn.gov.quangngai.baocao.support.problem.ApiException;
import vn.gov.quangngai.baocao.support.problem.ErrorCode;
import vn.gov.quangngai.baocao.support.problem.Problem;

/**
 * A figure's value per round over the years: the province's total, or one agency's mapped through
 * its predecessors, so that a line can be drawn across a reorganisation (a 2021 value of Sở Kế
 * hoạch và Đầu tư counts toward today's Sở Tài chính, and the point says so).
 */
@ApplicationScoped
public class TrendService {

    private final TrendRepository trends;
    private final AgencyLineage lineages;

    public TrendService(TrendRepository trends, AgencyLineage lineages) {
        this.trends = trends;
        this.lineages = lineages;
    }

    public Trend trend(String indicator, String agency, int from, int to) {
        if (from > to) {
            // an empty line would look like a figure nobody reported
            throw new ApiException(ErrorCode.VALIDATION_FAILED, Msg.of("support.body.problems", 1),
                    List.of(new Problem.FieldError("/to", Msg.of("aggregation.trend.toBeforeFrom", String.valueOf(from)).in(Languages.current()))));
        }
        // the lineage comes over HTTP: read it before any transaction opens
        List<String> lineage = agency == null ? null : lineages.of(agency)
                .orElseThrow(() -> new ApiException(ErrorCode.AGENCY_NOT_FOUND, Msg.of("aggregation.agency.notFound", agency)));
        return points(indicator, agency, lineage, from, to);
    }

    @Transactional
    Trend points(String indicator, String agency, List<String> lineage, int from, int to) {
        List<TrendRepository.RoundWithIndicator> rounds = trends.rounds(indicator, from, to);
        Map<String, List<TrendRepository.Value>> byRound = new LinkedHashMap<>();
        rounds.forEach(r -> byRound.put(r.code(), new ArrayList<>()));
        if (!rounds.isEmpty()) {
            trends.values(indicator, rounds.stream().map(TrendRepository.RoundWithIndicator::code).toList(), lineage)
                    .forEach(v -> byRound.get(v.round()).add(v));
        }
        List<Trend.Point> points = rounds.stream().map(r -> point(r, byRound.get(r.code()))).toList();
        return new Trend(indicator, agency, lineage, points);
    }

    private static Trend.Point point(TrendRepository.RoundWithIndicator round, List<TrendRepository.Value> values) {
        return new Trend.Point(round.code(), new Trend.Period(round.periodKind(), round.periodYear(), round.periodIndex()),
                total(round.aggregation(), values), values.stream().map(TrendRepository.Value::agency).distinct().toList());
    }

    /** The values by the figure's aggregation in that round: SUM, MIN, MAX, COUNT (of non-zero or true); none for NONE or no values. */
    static BigDecimal total(String aggregation, List<TrendRepository.Value> values) {
        List<BigDecimal> numbers = values.stream().map(TrendRepository.Value::number).filter(Objects::nonNull).toList();
        return switch (aggregation == null ? "NONE" : aggregation) {
            case "SUM" -> numbers.isEmpty() ? null : numbers.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            case "MIN" -> numbers.stream().min(BigDecimal::compareTo).orElse(null);
            case "MAX" -> numbers.stream().max(BigDecimal::compareTo).orElse(null);
            case "COUNT" -> values.isEmpty() ? null : BigDecimal.valueOf(values.stream()
                    .filter(v -> Boolean.TRUE.equals(v.bool()) || v.number() != null && v.number().signum() != 0).count());
            default -> null;
        };
    }
}
