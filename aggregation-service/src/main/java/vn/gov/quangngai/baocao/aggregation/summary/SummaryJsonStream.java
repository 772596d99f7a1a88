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

    /** @param values writes each piece as the application writes whole summaries (dates, numbers) */
    SummaryJsonStream(JsonGenerator json, ObjectWriter values, SummaryRepository repository) {
        this.json = json;
        this.values = values;
        this.repository = repository;
    }

    void write(SummaryRepository.RoundHeader round, Basis basis, OffsetDateTime generatedAt, List<SummaryRepository.Standing> standings,
               Map<String, SummaryRepository.FigureTotals> totals) throws IOException {
        List<SummaryRepository.Standing> counted = SummaryBuilder.counted(standings, basis);
        json.writeStartObject();
        field("round", round.code());
        field("title", round.title());
        field("generatedAt", generatedAt);
        field("basis", basis.label());
        field("completeness", SummaryBuilder.completeness(standings));
        json.writeFieldName("indicators");
        indicators(round.code(), basis, round.outline().figures(), round.outline().figureCodes(), totals);
        json.writeFieldName("sections");
        sections(round.code(), basis, round.outline().sections(), round.outline().sectionKeys(), counted);
        field("versions", counted.stream().map(s -> new Summary.VersionRef(s.agency(), s.version())).toList());
        json.writeEndObject();
        json.flush();
    }

    private void indicators(String round, Basis basis, List<Outline.Figure> figures, String[] codes,
                            Map<String, SummaryRepository.FigureTotals> totals) throws IOException {
        json.writeStartArray();
        OpenItem open = new OpenItem(figures.size(), index -> openFigure(figures.get(index), totals.get(figures.get(index).code())), this::closeArrayAndObject);
        repository.eachFigureRow(round, basis, codes, (index, row) -> {
            open.moveTo(index);
            values.writeValue(json, new Summary.AgencyValue(row.agency(), row.agencyName(), SummaryBuilder.value(row), row.version()));
        });
        open.finish();
        json.writeEndArray();
    }

    private void openFigure(Outline.Figure figure, SummaryRepository.FigureTotals totals) throws IOException {
        json.writeStartObject();
        field("code", figure.code());
        field("label", figure.label());
        field("unit", figure.unit());
        field("aggregation", figure.aggregation());
        field("total", SummaryBuilder.total(figure.aggregation(), totals));
        json.writeNumberField("reportedBy", totals == null ? 0 : Math.toIntExact(totals.reported()));
        json.writeFieldName("byAgency");
        json.writeStartArray();
    }

    /** Each section's texts in agency order, with "Không phát sinh" of every nil report in its agency's place. */
    private void sections(String round, Basis basis, List<Outline.Section> sections, String[] keys,
                          List<SummaryRepository.Standing> counted) throws IOException {
        Map<String, Integer> positions = new HashMap<>();
        counted.forEach(s -> positions.put(s.agency(), s.position()));
        List<SummaryRepository.Standing> nil = counted.stream().filter(SummaryRepository.Standing::nilReport).toList();
        int[] nilWritten = {0};
        json.writeStartArray();
        OpenItem open = new OpenItem(sections.size(), index -> {
            openSection(sections.get(index));
            nilWritten[0] = 0;
        }, index -> {
            writeNil(nil, nilWritten, Integer.MAX_VALUE);
            closeArrayAndObject(index);
        });
        repository.eachSectionText(round, basis, keys, (index, text) -> {
            if (text.text() == null || text.text().isBlank()) {
                return;
            }
            open.moveTo(index);
            writeNil(nil, nilWritten, positions.getOrDefault(text.agency(), Integer.MAX_VALUE));
            values.writeValue(json, new Summary.Contribution(text.agency(), text.name(), text.version(), text.text()));
        });
        open.finish();
        json.writeEndArray();
    }

    private void openSection(Outline.Section section) throws IOException {
        json.writeStartObject();
        field("key", section.key());
        field("title", section.title());
        json.writeFieldName("contributions");
        json.writeStartArray();
    }

    /** The nil reports not yet written that come before {@code position} in the round's order. */
    private void writeNil(List<SummaryRepository.Standing> nil, int[] written, int position) throws IOException {
        while (written[0] < nil.size() && nil.get(written[0]).position() < position) {
            SummaryRepository.Standing standing = nil.get(written[0]++);
            values.writeValue(json, new Summary.Contribution(standing.agency(), standing.name(), standing.version(), SummaryBuilder.NIL_TEXT));
        }
    }

    private void closeArrayAndObject(int index) throws IOException {
        json.writeEndArray();
        json.writeEndObject();
    }

    private void field(String name, Object value) throws IOException {
        json.writeFieldName(name);
        values.writeValue(json, value);
    }

    /** An outline item (figure or section) to open, opening those before it that had no rows, and closing the one before. */
    private static final class OpenItem {

        private final int count;
        private final ItemAction open;
        private final ItemAction close;
        private int current = -1;

        OpenItem(int count, ItemAction open, ItemAction close) {
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
