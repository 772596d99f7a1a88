package vn.gov.quangngai.baocao.report.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.logging.Logger;
import vn.gov.quangngai.baocao.report.shared.Deadlines;
import vn.gov.quangngai.baocao.report.shared.Texts;
import vn.gov.quangngai.baocao.report.shared.Times;
import vn.gov.quangngai.baocao.support.i18n.Languages;
import vn.gov.quangngai.baocao.support.i18n.Msg;

/**
 * A list of agencies from the province (CSV: code, name, kind, parent, validFrom) brought into the
 * registry: new codes are created, changed names, kinds or parents become a rename on validFrom,
 * the rest is left alone, so the same file applied twice changes nothing the second time. The
 * lines are planned in order against the registry read once (a line may name a parent created
 * above it) and written together; a dry run, or a file with any error, writes nothing. A real run
 * has the registry to itself meanwhile, so two lists sent at once apply one after the other.
 */
@ApplicationScoped
public class AgencyImportService {

    private static final Logger LOG = Logger.getLogger(AgencyImportService.class);
    private static final Pattern CODE = Pattern.compile("[A-Z0-9-]{2,40}");
    // LocalDate.parse takes signed years of up to nine digits, which PostgreSQL cannot store
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final List<String> COLUMNS = List.of("code", "name", "kind", "parent", "validFrom");
    private static final int MAX_LINES = 20_000;

    private final AgencyService registry;
    private final RegistryLocks locks;
    private final RegistryBatch batch;
    private final ObjectMapper json;

    public AgencyImportService(AgencyService registry, RegistryLocks locks, RegistryBatch batch, ObjectMapper json) {
        this.registry = registry;
        this.locks = locks;
        this.batch = batch;
        this.json = json;
    }

    /** One line as read, before the registry is consulted. */
    private record Line(int number, String code, String name, AgencyKind kind, String parent, LocalDate validFrom) {
    }

    @Transactional
    public AgencyImportResult importCsv(byte[] file, boolean dryRun) {
        Locale locale = Languages.current();
        List<AgencyImportResult.LineError> errors = new ArrayList<>();
        List<CSVRecord> records = records(file, errors, locale);
        List<Line> lines = new ArrayList<>();
        for (CSVRecord record : records) {
            line(record, errors, locale).ifPresent(lines::add);
        }
        if (!dryRun) {
            locks.forWholeRegistry();
        }
        Set<String> named = new LinkedHashSet<>();
        lines.forEach(line -> {
            named.add(line.code());
            if (line.parent() != null) {
                named.add(line.parent());
            }
        });
        RegistryState state = batch.read(named);
        String basis = Msg.of("report.import.basis").in(Languages.VIETNAMESE);
        List<RegistryBatch.ChangeRow> changes = new ArrayList<>();
        Set<String> touched = new LinkedHashSet<>();
        int created = 0;
        int changed = 0;
        int unchanged = 0;
        for (Line line : lines) {
            RegistryChange change = state.known(line.code())
                    ? new RegistryChange.Rename(line.validFrom(), basis, line.code(), line.name(), line.kind(), line.parent())
                    : new RegistryChange.Create(line.validFrom(), basis, line.code(), line.name(), line.kind(), line.parent());
            if (change instanceof RegistryChange.Rename rename && alreadySo(state, rename)) {
                unchanged++;
                continue;
            }
            RegistryPlanner.Plan plan = RegistryPlanner.plan(change, state);
            if (!plan.isPossible()) {
                plan.problems().forEach(p -> errors.add(new AgencyImportResult.LineError(line.number(), p.message().in(locale))));
                continue;
            }
            state.apply(plan);
            changes.add(new RegistryBatch.ChangeRow(RegistryChanges.type(change).name(), change.effective(), change.basis(), body(change)));
            touched.add(line.code());
            if (change instanceof RegistryChange.Create) {
                created++;
            } else {
                changed++;
            }
        }
        errors.sort(Comparator.comparingInt(AgencyImportResult.LineError::line));
        boolean applied = !dryRun && errors.isEmpty();
        if (applied && !changes.isEmpty()) {
            batch.write(state, changes, Times.now(), registry.appliedBy());
            LocalDate today = Deadlines.today();
            Map<String, String> names = new TreeMap<>();
            touched.forEach(code -> names.put(code, state.shownName(code, today)));
            registry.announce(names);
        }
        LOG.infof("Agency list of %d line(s)%s: %d created, %d changed, %d unchanged, %d error(s)%s", records.size(),
                dryRun ? " (dry run)" : "", created, changed, unchanged, errors.size(), applied ? "" : "; nothing stored");
        return new AgencyImportResult(created, changed, unchanged, dryRun, applied, errors);
    }

    private String body(RegistryChange change) {
        try {
            return json.writeValueAsString(change);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<CSVRecord> records(byte[] file, List<AgencyImportResult.LineError> errors, Locale locale) {
        Optional<String> decoded = utf8(file, errors, locale);
        if (decoded.isEmpty()) {
            return List.of();
        }
        String text = decoded.get();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try {
            List<CSVRecord> all = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get().parse(new StringReader(text)).getRecords();
            if (!all.isEmpty() && all.get(0).size() > 0 && all.get(0).get(0).equalsIgnoreCase("code")) {
                all = all.subList(1, all.size());
            }
            if (all.size() > MAX_LINES) {
                errors.add(new AgencyImportResult.LineError(0, Msg.of("report.import.tooManyLines", MAX_LINES).in(locale)));
                return List.of();
            }
            return all;
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            errors.add(new AgencyImportResult.LineError(0, Msg.of("report.import.unreadable").in(locale)));
            return List.of();
        }
    }

    /**
     * The file as UTF-8, decoded strictly: a file saved in another encoding (Windows-1258, Latin-1)
     * would otherwise be stored as mojibake, every bad byte quietly replaced.
     */
    private static Optional<String> utf8(byte[] file, List<AgencyImportResult.LineError> errors, Locale locale) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(file);
        CharBuffer out = CharBuffer.allocate(file.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (file[i] == '\n') {
                    line++;
                }
            }
            errors.add(new AgencyImportResult.LineError(line, Msg.of("report.import.notUtf8Line", line).in(locale)));
            return Optional.empty();
        }
        return Optional.of(out.flip().toString());
    }

    /** A line's fields, each checked; empty with its errors added when any is wrong. */
    private static Optional<Line> line(CSVRecord record, List<AgencyImportResult.LineError> errors, Locale locale) {
        int number = (int) record.getRecordNumber();
        if (record.size() < 3 || record.size() > COLUMNS.size()) {
            errors.add(new AgencyImportResult.LineError(number, Msg.of("report.import.columns", String.join(",", COLUMNS)).in(locale)));
            return Optional.empty();
        }
        String code = record.get(0);
        String name = Texts.clean(record.get(1));
        String kindText = record.get(2);
        String parent = record.size() > 3 && !record.get(3).isBlank() ? record.get(3) : null;
        String day = record.size() > 4 ? record.get(4) : "";
        int before = errors.size();
        if (!CODE.matcher(code).matches()) {
            errors.add(new AgencyImportResult.LineError(number, Msg.of("report.import.code", code).in(locale)));
        }
        int control = AgencyNames.firstControl(name);
        if (name == null || name.length() > 300) {
            errors.add(new AgencyImportResult.LineError(number, Msg.of("report.import.name").in(locale)));
        } else if (control >= 0) {
            errors.add(new AgencyImportResult.LineError(number, Msg.of("report.import.nameControl", AgencyNames.codePoint(name, control), control + 1).in(locale)));
        }
        Optional<AgencyKind> kind = AgencyKindWords.kind(kindText);
        if (kind.isEmpty()) {
            errors.add(new AgencyImportResult.LineError(number, Msg.of("report.import.kind", kindText, Arrays.toString(AgencyKind.values())).in(locale)));
        }
        if (parent != null && !CODE.matcher(parent).matches()) {
            errors.add(new AgencyImportResult.LineError(number, Msg.of("report.import.parent", parent).in(locale)));
        }
        LocalDate validFrom = Deadlines.today();
        if (!day.isBlank()) {
            try {
                if (!DAY.matcher(day).matches()) {
                    throw new DateTimeParseException("not YYYY-MM-DD", day, 0);
                }
                validFrom = LocalDate.parse(day);
            } catch (DateTimeParseException e) {
                errors.add(new AgencyImportResult.LineError(number, Msg.of("report.import.validFrom", day).in(locale)));
            }
        }
        return errors.size() > before ? Optional.empty() : Optional.of(new Line(number, code, name, kind.get(), parent, validFrom));
    }

    /** Whether the agency is already as the line says on its day. */
    private static boolean alreadySo(RegistryState state, RegistryChange.Rename rename) {
        Optional<RegistryPeriod> period = state.on(rename.code(), rename.effective());
        return period.isPresent() && period.get().name().equals(rename.name()) && period.get().kind() == rename.kind()
                && Objects.equals(period.get().parent(), rename.parent());
    }
}
