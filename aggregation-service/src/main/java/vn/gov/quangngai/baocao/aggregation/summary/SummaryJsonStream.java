package vn.gov.quangngai.baocao.aggregation.summary;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.gov.quangngai.baocao.aggregation.repository.SummaryRepository;

/**
 * Writes a summary's JSON as its rows come from the database, value by value and text by text,
 * in the shape and order of {@link Summary} written whole (a test holds the two equal). Only the
 * round's agencies (their standing) and the figures' totals are held; the values and texts, which
 * grow with agencies × figures and agencies × sections, are written and dropped.
 */
final class SummaryJsonStream {

    private final JsonGenerator json;
    private final ObjectWriter values;
    private final SummaryRepository repository;
    /** How many of the nil reports the open section has written. */
    private int nilWritten;

    /** @param values writes each piece as the application writes whole summaries (dates, numbers) */
    SummaryJsonStream(JsonGenerator json, ObjectWriter values, SummaryRepository repository) {
        this.json = json;
        this.values = values;
        this.repository = repository;
    }

    void write(RoundHeader round, Basis basis, OffsetDateTime generatedAt, List<SummaryRepository.Standing> standings,
               Map<String, SummaryRepository.IndicatorTotals> totals) throws IOException {
        List<SummaryRepository.Standing> counted = SummaryBuilder.counted(standings, basis);
        json.writeStartObject();
        field("round", round.code());
        field("title", round.title());
        field("generatedAt", generatedAt);
        field("basis", basis.label());
        field("completeness", SummaryBuilder.completeness(standings));
        json.writeFieldName("indicators");
        indicators(round.code(), basis, round.template().indicators(), round.template().indicatorCodes(), totals);
        json.writeFieldName("sections");
        sections(round.code(), basis, round.template().sections(), round.template().sectionKeys(), counted);
        field("versions", counted.stream().map(s -> new Summary.VersionRef(s.agency(), s.version())).toList());
        json.writeEndObject();
        json.flush();
    }

    private void indicators(String round, Basis basis, List<Template.Indicator> indicators, String[] codes,
                            Map<String, SummaryRepository.IndicatorTotals> totals) throws IOException {
        json.writeStartArray();
        TemplateWalk walk = new TemplateWalk(indicators.size(), index -> openIndicator(indicators.get(index), totals.get(indicators.get(index).code())), this::closeItem);
        repository.eachIndicatorRow(round, basis.statuses(), codes, (index, row) -> {
            walk.moveTo(index);
            values.writeValue(json, new Summary.AgencyValue(row.agency(), row.agencyName(), SummaryBuilder.value(row), row.version()));
        });
        walk.finish();
        json.writeEndArray();
    }

    private void openIndicator(Template.Indicator indicator, SummaryRepository.IndicatorTotals totals) throws IOException {
        json.writeStartObject();
        field("code", indicator.code());
        field("label", indicator.label());
        field("unit", indicator.unit());
        field("aggregation", indicator.aggregation());
        field("total", SummaryBuilder.total(indicator.aggregation(), totals));
        json.writeNumberField("reportedBy", totals == null ? 0 : Math.toIntExact(totals.reported()));
        json.writeFieldName("byAgency");
        json.writeStartArray();
    }

    /** Each section's texts in agency order, with "Không phát sinh" of every nil report in its agency's place. */
    private void sections(String round, Basis basis, List<Template.Section> sections, String[] keys,
                          List<SummaryRepository.Standing> counted) throws IOException {
        Map<String, Integer> positions = new HashMap<>();
        counted.forEach(s -> positions.put(s.agency(), s.position()));
        List<SummaryRepository.Standing> nil = counted.stream().filter(SummaryRepository.Standing::nilReport).toList();
        json.writeStartArray();
        TemplateWalk walk = new TemplateWalk(sections.size(), index -> {
            openSection(sections.get(index));
            nilWritten = 0;
        }, index -> {
            writeNil(nil, Integer.MAX_VALUE);
            closeItem(index);
        });
        repository.eachSectionText(round, basis.statuses(), keys, (index, text) -> {
            if (text.text() == null || text.text().isBlank()) {
                return;
            }
            walk.moveTo(index);
            writeNil(nil, positions.getOrDefault(text.agency(), Integer.MAX_VALUE));
            values.writeValue(json, new Summary.Contribution(text.agency(), text.name(), text.version(), text.text()));
        });
        walk.finish();
        json.writeEndArray();
    }

    private void openSection(Template.Section section) throws IOException {
        json.writeStartObject();
        field("key", section.key());
        field("title", section.title());
        json.writeFieldName("contributions");
        json.writeStartArray();
    }

    /** The nil reports of the open section not yet written that come before {@code position} in the round's order. */
    private void writeNil(List<SummaryRepository.Standing> nil, int position) throws IOException {
        while (nilWritten < nil.size() && nil.get(nilWritten).position() < position) {
            SummaryRepository.Standing standing = nil.get(nilWritten++);
            values.writeValue(json, new Summary.Contribution(standing.agency(), standing.name(), standing.version(), SummaryBuilder.NIL_TEXT));
        }
    }

    /** Ends the open figure's byAgency or section's contributions, and the figure or section. */
    private void closeItem(int index) throws IOException {
        json.writeEndArray();
        json.writeEndObject();
    }

    private void field(String name, Object value) throws IOException {
        json.writeFieldName(name);
        values.writeValue(json, value);
    }

    /**
     * Walks the template's figures or sections in order as rows arrive: moving to an item closes the
     * open one and opens every item up to it, so that items without rows appear too, empty.
     */
    private static final class TemplateWalk {

        private final int count;
        private final ItemAction open;
        private final ItemAction close;
        private int current = -1;

        TemplateWalk(int count, ItemAction open, ItemAction close) {
            this.count = count;
            this.open = open;
            this.close = close;
        }

        void moveTo(int index) throws IOException {
            while (current < index) {
                if (current >= 0) {
                    close.run(current);
                }
                open.run(++current);
            }
        }

        /** Opens and closes whatever is left, so that every item appears, empty or not. */
        void finish() throws IOException {
            moveTo(count - 1);
            if (current >= 0) {
                close.run(current);
            }
        }
    }

    @FunctionalInterface
    private interface ItemAction {
        void run(int index) throws IOException;
    }
}
