package vn.gov.quangngai.baocao.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.logging.Logger;
import vn.gov.quangngai.baocao.report.api.AgencyImportResult;
import vn.gov.quangngai.baocao.report.domain.AgencyKind;
import vn.gov.quangngai.baocao.report.domain.AgencyPeriod;
import vn.gov.quangngai.baocao.report.domain.Deadlines;
import vn.gov.quangngai.baocao.report.domain.RegistryChange;
import vn.gov.quangngai.baocao.report.domain.RegistryPlanner;
import vn.gov.quangngai.baocao.report.domain.Texts;
import vn.gov.quangngai.baocao.support.i18n.Languages;
import vn.gov.quangngai.baocao.support.i18n.Msg;

/**
 * A list of agencies from the province (CSV: code, name, kind, parent, validFrom) brought into the
 * registry: new codes are created, changed names, kinds or parents become a rename on validFrom,
 * the rest is left alone, so the same file applied twice changes nothing the second time. The
 * lines are applied in order in one transaction (a line may name a parent created above it); a
 * dry run, or a file with any error, is rolled back whole.
 */
@ApplicationScoped
public class AgencyImportService {

    private static final Logger LOG = Logger.getLogger(AgencyImportService.class);
    private static final Pattern CODE = Pattern.compile("[A-Z0-9-]{2,40}");
    private static final List<String> COLUMNS = List.of("code", "name", "kind", "parent", "validFrom");
    private static final int MAX_LINES = 20_000;

    private final AgencyService registry;
    private final TransactionSynchronizationRegistry transaction;

    public AgencyImportService(AgencyService registry, TransactionSynchronizationRegistry transaction) {
        this.registry = registry;
        this.transaction = transaction;
    }

    @Transactional
    public AgencyImportResult importCsv(byte[] file, boolean dryRun) {
        Locale locale = Languages.current();
        List<AgencyImportResult.LineError> errors = new ArrayList<>();
        int created = 0;
        int changed = 0;
        int unchanged = 0;
        List<CSVRecord> records = records(file, errors, locale);
        for (CSVRecord record : records) {
            int line = (int) record.getRecordNumber();
            Optional<RegistryChange> change = change(record, line, errors, locale);
            if (change.isEmpty()) {
                continue;
            }
            if (change.get() instanceof RegistryChange.Rename rename && alreadySo(rename)) {
                unchanged++;
                continue;
            }
            RegistryPlanner.Plan plan = registry.plan(change.get());
            if (!plan.isPossible()) {
                plan.problems().forEach(p -> errors.add(new AgencyImportResult.LineError(line, p.message().in(locale))));
                continue;
            }
            registry.store(change.get(), null, plan);
            if (change.get() instanceof RegistryChange.Create) {
                created++;
            } else {
                changed++;
            }
        }
        boolean applied = !dryRun && errors.isEmpty();
        if (!applied) {
            transaction.setRollbackOnly();
        }
        LOG.infof("Agency list of %d line(s)%s: %d created, %d changed, %d unchanged, %d error(s)%s", records.size(),
                dryRun ? " (dry run)" : "", created, changed, unchanged, errors.size(), applied ? "" : "; nothing stored");
        return new AgencyImportResult(created, changed, unchanged, dryRun, applied, errors);
    }

    private static List<CSVRecord> records(byte[] file, List<AgencyImportResult.LineError> errors, Locale locale) {
        String text = new String(file, StandardCharsets.UTF_8);
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
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            errors.add(new AgencyImportResult.LineError(0, Msg.of("report.import.unreadable").in(locale)));
            return List.of();
        }
    }

    /** The change a line asks for: a creation for a new code, a rename for a known one. */
    private Optional<RegistryChange> change(CSVRecord record, int line, List<AgencyImportResult.LineError> errors, Locale locale) {
        if (record.size() < 3 || record.size() > COLUMNS.size()) {
            errors.add(new AgencyImportResult.LineError(line, Msg.of("report.import.columns", String.join(",", COLUMNS)).in(locale)));
            return Optional.empty();
        }
        String code = record.get(0);
        String name = Texts.clean(record.get(1));
        String kindText = record.get(2);
        String parent = record.size() > 3 && !record.get(3).isBlank() ? record.get(3) : null;
        LocalDate validFrom = Deadlines.today();
        int before = errors.size();
        if (!CODE.matcher(code).matches()) {
            errors.add(new AgencyImportResult.LineError(line, Msg.of("report.import.code", code).in(locale)));
        }
        if (name == null || name.length() > 300) {
            errors.add(new AgencyImportResult.LineError(line, Msg.of("report.import.name").in(locale)));
        }
        AgencyKind kind = null;
        try {
            kind = AgencyKind.valueOf(kindText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new AgencyImportResult.LineError(line, Msg.of("report.import.kind", kindText, java.util.Arrays.toString(AgencyKind.values())).in(locale)));
        }
        if (record.size() > 4 && !record.get(4).isBlank()) {
            try {
                validFrom = LocalDate.parse(record.get(4));
            } catch (DateTimeParseException e) {
                errors.add(new AgencyImportResult.LineError(line, Msg.of("report.import.validFrom", record.get(4)).in(locale)));
            }
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        String basis = Msg.of("report.import.basis").in(Languages.VIETNAMESE);
        if (!registry.known(code)) {
            return Optional.of(new RegistryChange.Create(validFrom, basis, code, name, kind, parent));
        }
        return Optional.of(new RegistryChange.Rename(validFrom, basis, code, name, kind, parent));
    }

    /** Whether the agency is already as the line says on its day. */
    private boolean alreadySo(RegistryChange.Rename rename) {
        AgencyPeriod period = registry.inForce(List.of(rename.code()), rename.effective()).get(rename.code());
        return period != null && period.name().equals(rename.name()) && period.kind() == rename.kind()
                && java.util.Objects.equals(period.parent(), rename.parent());
    }
}
