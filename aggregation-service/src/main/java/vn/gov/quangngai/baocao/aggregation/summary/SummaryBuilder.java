package vn.gov.quangngai.baocao.aggregation.summary;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.quangngai.baocao.aggregation.repository.SummaryRepository;

/**
 * Puts a summary together from the repository's rows: figures by the template's aggregation,
 * sections compiled in the round's agency order ("Không phát sinh" for a nil report), and the
 * completeness of the round. Plain Java, so that the rules are unit-tested without a database.
 */
public final class SummaryBuilder {

    /** What a nil report contributes to every section. */
    public static final String NIL_TEXT = "Không phát sinh";

    private SummaryBuilder() {
    }

    public static Summary build(RoundHeader round, Basis basis, OffsetDateTime generatedAt,
                                List<SummaryRepository.Standing> standings, List<SummaryRepository.IndicatorRow> indicatorRows,
                                Map<String, SummaryRepository.IndicatorTotals> totals, List<SummaryRepository.SectionText> texts) {
        List<SummaryRepository.Standing> counted = counted(standings, basis);
        return new Summary(round.code(), round.title(), generatedAt, basis.label(), completeness(standings),
                indicators(round.template(), indicatorRows, totals), sections(round.template(), counted, texts),
                counted.stream().map(s -> new Summary.VersionRef(s.agency(), s.version())).toList());
    }

    /** The agencies whose current version counts on this basis, in the round's order. */
    static List<SummaryRepository.Standing> counted(List<SummaryRepository.Standing> standings, Basis basis) {
        return standings.stream().filter(s -> basis.statuses().contains(s.status()) && s.version() > 0).toList();
    }

    static Summary.Completeness completeness(List<SummaryRepository.Standing> standings) {
        int submitted = 0;
        int accepted = 0;
        int returned = 0;
        int nil = 0;
        List<Summary.AgencyRef> late = new ArrayList<>();
        List<Summary.AgencyRef> missing = new ArrayList<>();
        for (SummaryRepository.Standing standing : standings) {
            Summary.AgencyRef agency = new Summary.AgencyRef(standing.agency(), standing.name());
            switch (standing.status()) {
                case "SUBMITTED", "ACCEPTED" -> {
                    submitted++;
                    accepted += "ACCEPTED".equals(standing.status()) ? 1 : 0;
                    nil += standing.nilReport() ? 1 : 0;
                }
                case "RETURNED" -> returned++;
                default -> missing.add(agency);
            }
            if (standing.late()) {
                late.add(agency);
            }
        }
        return new Summary.Completeness(standings.size(), submitted, accepted, returned, nil, late, missing);
    }

    static List<Summary.IndicatorTotal> indicators(Template template, List<SummaryRepository.IndicatorRow> rows,
                                                   Map<String, SummaryRepository.IndicatorTotals> totals) {
        Map<String, List<Summary.AgencyValue>> byCode = new LinkedHashMap<>();
        for (SummaryRepository.IndicatorRow row : rows) {
            byCode.computeIfAbsent(row.code(), c -> new ArrayList<>()).add(new Summary.AgencyValue(row.agency(), row.agencyName(), value(row), row.version()));
        }
        List<Summary.IndicatorTotal> indicators = new ArrayList<>();
        for (Template.Indicator indicator : template.indicators()) {
            List<Summary.AgencyValue> values = byCode.getOrDefault(indicator.code(), List.of());
            SummaryRepository.IndicatorTotals aggregate = totals.get(indicator.code());
            indicators.add(new Summary.IndicatorTotal(indicator.code(), indicator.label(), indicator.unit(), indicator.aggregation(),
                    total(indicator.aggregation(), aggregate), values.size(), values));
        }
        return indicators;
    }

    static Object total(String aggregation, SummaryRepository.IndicatorTotals aggregate) {
        if (aggregate == null || aggregate.reported() == 0) {
            return "COUNT".equals(aggregation) ? 0 : null;
        }
        return switch (aggregation) {
            case "SUM" -> plain(aggregate.sum());
            case "MIN" -> plain(aggregate.min());
            case "MAX" -> plain(aggregate.max());
            case "COUNT" -> aggregate.nonZero();
            default -> null;
        };
    }

    static List<Summary.SectionCompilation> sections(Template template, List<SummaryRepository.Standing> counted, List<SummaryRepository.SectionText> texts) {
        Map<String, Integer> positions = new LinkedHashMap<>();
        counted.forEach(s -> positions.put(s.agency(), s.position()));
        // one pass over the texts, not one per section: 10,000 agencies give 120,000 of them
        Map<String, List<Summary.Contribution>> byKey = new LinkedHashMap<>();
        for (SummaryRepository.SectionText text : texts) {
            if (text.text() != null && !text.text().isBlank()) {
                byKey.computeIfAbsent(text.key(), k -> new ArrayList<>())
                        .add(new Summary.Contribution(text.agency(), text.name(), text.version(), text.text()));
            }
        }
        List<Summary.SectionCompilation> sections = new ArrayList<>();
        for (Template.Section section : template.sections()) {
            List<Summary.Contribution> contributions = new ArrayList<>(byKey.getOrDefault(section.key(), List.of()));
            for (SummaryRepository.Standing standing : counted) {
                if (standing.nilReport()) {
                    contributions.add(new Summary.Contribution(standing.agency(), standing.name(), standing.version(), NIL_TEXT));
                }
            }
            contributions.sort(Comparator.comparingInt(c -> positions.getOrDefault(c.agency(), Integer.MAX_VALUE)));
            sections.add(new Summary.SectionCompilation(section.key(), section.title(), contributions));
        }
        return sections;
    }

    static Object value(SummaryRepository.IndicatorRow row) {
        if (row.number() != null) {
            return plain(row.number());
        }
        return row.bool() != null ? row.bool() : row.text();
    }

    /** A number as people write it: 9000000000, not 9E+9 nor 9000000000.00. */
    static BigDecimal plain(BigDecimal number) {
        if (number == null) {
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() <= 0 ? new BigDecimal(stripped.toBigIntegerExact()) : stripped;
    }
}
