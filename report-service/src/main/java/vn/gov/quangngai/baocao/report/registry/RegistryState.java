package vn.gov.quangngai.baocao.report.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Some codes' periods held in memory, read once, for a batch of changes planned one after the
 * other (an agency list): each plan is applied here, so a later line sees what an earlier one did,
 * and what changed is written at the end in a few statements instead of queries per line.
 */
public final class RegistryState implements RegistryPlanner.Registry {

    /** A period with its row id; a null id is a period the batch begins. */
    public record Row(Long id, RegistryPeriod period) {
    }

    private final Map<String, List<Row>> byCode = new HashMap<>();
    private final Map<Long, RegistryPeriod> stored = new HashMap<>();
    private final Map<String, Boolean> created = new LinkedHashMap<>();

    /** Adds a stored period; each code's periods arrive oldest first. */
    public void load(long id, RegistryPeriod period) {
        byCode.computeIfAbsent(period.code(), code -> new ArrayList<>()).add(new Row(id, period));
        stored.put(id, period);
    }

    @Override
    public List<RegistryPeriod> periods(String code) {
        return byCode.getOrDefault(code, List.of()).stream().map(Row::period).toList();
    }

    public boolean known(String code) {
        return byCode.containsKey(code);
    }

    /** The period of {@code code} in force on {@code day}. */
    public Optional<RegistryPeriod> on(String code, LocalDate day) {
        return periods(code).stream().filter(p -> p.covers(day)).findFirst();
    }

    /** Makes a possible plan's effect part of this state. */
    public void apply(RegistryPlanner.Plan plan) {
        plan.ended().forEach(ended -> replaceOpen(ended.code(), open -> open.endingOn(ended.validTo())));
        plan.corrected().forEach(corrected -> replaceOpen(corrected.code(),
                open -> new RegistryPeriod(open.code(), open.validFrom(), open.validTo(), corrected.name(), corrected.kind(), corrected.parent())));
        plan.created().forEach(code -> created.put(code, true));
        plan.begun().forEach(begun -> byCode.computeIfAbsent(begun.code(), code -> new ArrayList<>()).add(new Row(null, begun)));
    }

    private void replaceOpen(String code, UnaryOperator<RegistryPeriod> change) {
        List<Row> rows = byCode.get(code);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).period().isOpen()) {
                rows.set(i, new Row(rows.get(i).id(), change.apply(rows.get(i).period())));
            }
        }
    }

    /** The codes the batch creates, in the order it created them. */
    public List<String> createdCodes() {
        return List.copyOf(created.keySet());
    }

    /** Stored periods whose end, name, kind or parent the batch changed. */
    public List<Row> changedRows() {
        return byCode.values().stream().flatMap(List::stream)
                .filter(row -> row.id() != null && !Objects.equals(stored.get(row.id()), row.period())).toList();
    }

    /** Periods the batch begins. */
    public List<RegistryPeriod> newPeriods() {
        return byCode.values().stream().flatMap(List::stream).filter(row -> row.id() == null).map(Row::period).toList();
    }

    /** The name the registry shows for {@code code} on {@code day}: the period in force then, else its last. */
    public String shownName(String code, LocalDate day) {
        List<RegistryPeriod> periods = periods(code);
        return on(code, day).orElse(periods.get(periods.size() - 1)).name();
    }
}
