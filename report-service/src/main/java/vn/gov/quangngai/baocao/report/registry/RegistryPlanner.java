package vn.gov.quangngai.baocao.report.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.gov.quangngai.baocao.report.shared.VietnameseDates;
import vn.gov.quangngai.baocao.support.i18n.Msg;

/**
 * Works out what a registry change does (which periods end, which begin, who succeeds whom) or why
 * it cannot be made, without touching anything: the same plan is shown on a dry run and applied
 * otherwise. History is never rewritten: a change takes effect on or after the start of every
 * period it ends, and only an agency in force may change.
 */
public final class RegistryPlanner {


    /** What the planner reads of the registry. */
    public interface Registry {
        /** Every period of the code, oldest first; empty when the code was never used. */
        List<RegistryPeriod> periods(String code);
    }

    /** A successor relation the change creates. */
    public record Link(String predecessor, String successor) {
    }

    /** A problem of the change, at a JSON Pointer into the request. */
    public record Problem(String pointer, Msg message, Conflict conflict) {

        public Problem(String pointer, Msg message) {
            this(pointer, message, null);
        }
    }

    /**
     * What an earlier change did that refuses this one: the agency {@code code} ended on {@code day},
     * or was created that day and so its code is taken. The change that did it is then named.
     */
    public record Conflict(String code, LocalDate day, boolean ended) {
    }

    /**
     * The change's effect: periods that end (with their new end), periods that begin, periods that
     * began the same day and are corrected in place, links, new codes; or its problems.
     */
    public record Plan(List<RegistryPeriod> ended, List<RegistryPeriod> begun, List<RegistryPeriod> corrected, List<Link> links,
                       List<String> created, List<Problem> problems) {

        public boolean isPossible() {
            return problems.isEmpty();
        }
    }

    private final Registry registry;
    private final List<RegistryPeriod> ended = new ArrayList<>();
    private final List<RegistryPeriod> begun = new ArrayList<>();
    private final List<RegistryPeriod> corrected = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final List<String> created = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private RegistryPlanner(Registry registry) {
        this.registry = registry;
    }

    public static Plan plan(RegistryChange change, Registry registry) {
        RegistryPlanner planner = new RegistryPlanner(registry);
        if (change instanceof RegistryChange.Create create) {
            planner.create(create);
        } else if (change instanceof RegistryChange.Rename rename) {
            planner.rename(rename);
        } else if (change instanceof RegistryChange.Merge merge) {
            planner.merge(merge);
        } else if (change instanceof RegistryChange.Split split) {
            planner.split(split);
        } else if (change instanceof RegistryChange.Dissolve dissolve) {
            planner.dissolve(dissolve);
        }
        return new Plan(List.copyOf(planner.ended), List.copyOf(planner.begun), List.copyOf(planner.corrected), List.copyOf(planner.links),
                List.copyOf(planner.created), List.copyOf(planner.problems));
    }

    private void create(RegistryChange.Create change) {
        if (isNew(change.code(), "/code") && notItsOwnParent(change.code(), change.parent()) && parentInForce(change.parent(), change.effective(), "/parent")) {
            begin(change.code(), change.effective(), change.name(), change.kind(), change.parent());
        }
    }

    private void rename(RegistryChange.Rename change) {
        RegistryPeriod current = inForce(change.code(), change.effective(), "/code", true);
        if (current == null || !notItsOwnParent(change.code(), change.parent()) || !parentInForce(change.parent(), change.effective(), "/parent")) {
            return;
        }
        AgencyKind kind = change.kind() == null ? current.kind() : change.kind();
        String parent = change.parent() == null ? current.parent() : change.parent();
        RegistryPeriod renamed = new RegistryPeriod(change.code(), change.effective(), null, change.name(), kind, parent);
        if (change.effective().equals(current.validFrom())) {
            corrected.add(renamed);
        } else {
            ended.add(current.endingOn(change.effective()));
            begun.add(renamed);
        }
    }

    private void merge(RegistryChange.Merge change) {
        Set<String> seen = new HashSet<>();
        List<RegistryPeriod> ending = new ArrayList<>();
        for (int i = 0; i < change.from().size(); i++) {
            String code = change.from().get(i);
            if (code.equals(change.into())) {
                problems.add(new Problem("/from/" + i, Msg.of("report.registry.intoInFrom", code)));
            } else if (!seen.add(code)) {
                problems.add(new Problem("/from/" + i, Msg.of("report.registry.namedTwice", code)));
            } else {
                RegistryPeriod current = inForce(code, change.effective(), "/from/" + i, false);
                if (current != null) {
                    ending.add(current);
                }
            }
        }
        boolean intoIsNew = registry.periods(change.into()).isEmpty();
        if (intoIsNew) {
            if (change.name() == null || change.kind() == null) {
                problems.add(new Problem("/into", Msg.of("report.registry.newNeedsNameAndKind", change.into())));
            } else {
                begin(change.into(), change.effective(), change.name(), change.kind(), null);
            }
        } else {
            RegistryPeriod into = inForce(change.into(), change.effective(), "/into/code", true);
            boolean renamed = into != null && (change.name() != null && !change.name().equals(into.name())
                    || change.kind() != null && change.kind() != into.kind());
            if (renamed) {
                rename(new RegistryChange.Rename(change.effective(), change.basis(), change.into(), change.name() == null ? into.name() : change.name(),
                        change.kind(), null));
            }
        }
        ending.forEach(period -> {
            ended.add(period.endingOn(change.effective()));
            links.add(new Link(period.code(), change.into()));
        });
    }

    private void split(RegistryChange.Split change) {
        RegistryPeriod current = inForce(change.code(), change.effective(), "/code", false);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < change.into().size(); i++) {
            RegistryChange.NewAgency next = change.into().get(i);
            if (!seen.add(next.code())) {
                problems.add(new Problem("/into/" + i + "/code", Msg.of("report.registry.namedTwice", next.code())));
            } else if (isNew(next.code(), "/into/" + i + "/code")) {
                begin(next.code(), change.effective(), next.name(), next.kind(), null);
                links.add(new Link(change.code(), next.code()));
            }
        }
        if (current != null) {
            ended.add(current.endingOn(change.effective()));
        }
    }

    private void dissolve(RegistryChange.Dissolve change) {
        RegistryPeriod current = inForce(change.code(), change.effective(), "/code", false);
        if (current != null) {
            ended.add(current.endingOn(change.effective()));
        }
    }

    private void begin(String code, LocalDate from, String name, AgencyKind kind, String parent) {
        begun.add(new RegistryPeriod(code, from, null, name, kind, parent));
        created.add(code);
    }

    private boolean isNew(String code, String pointer) {
        if (!registry.periods(code).isEmpty()) {
            LocalDate since = registry.periods(code).get(0).validFrom();
            problems.add(new Problem(pointer, Msg.of("report.registry.codeTaken", code), since == null ? null : new Conflict(code, since, false)));
            return false;
        }
        return true;
    }

    /**
     * The agency's current period, if the change may act on it on {@code day}: in force then, and begun
     * no later; begun that very day only when the change corrects it ({@code sameDay}) rather than ends it.
     */
    private RegistryPeriod inForce(String code, LocalDate day, String pointer, boolean sameDay) {
        List<RegistryPeriod> periods = registry.periods(code);
        if (periods.isEmpty()) {
            problems.add(new Problem(pointer, Msg.of("report.registry.unknown", code)));
            return null;
        }
        RegistryPeriod last = periods.get(periods.size() - 1);
        if (!last.isOpen()) {
            problems.add(new Problem(pointer, Msg.of("report.registry.ended", code, VietnameseDates.day(last.validTo())), new Conflict(code, last.validTo(), true)));
            return null;
        }
        if (last.validFrom() != null && last.validFrom().isAfter(day)) {
            problems.add(new Problem(pointer, Msg.of("report.registry.beforeCurrent", code, VietnameseDates.day(last.validFrom()))));
            return null;
        }
        if (!sameDay && day.equals(last.validFrom())) {
            problems.add(new Problem(pointer, Msg.of("report.registry.sameDay", code, VietnameseDates.day(day))));
            return null;
        }
        return last;
    }

    /** An agency cannot belong to itself. */
    private boolean notItsOwnParent(String code, String parent) {
        if (code.equals(parent)) {
            problems.add(new Problem("/parent", Msg.of("report.registry.ownParent", code)));
            return false;
        }
        return true;
    }

    private boolean parentInForce(String parent, LocalDate day, String pointer) {
        if (parent == null) {
            return true;
        }
        List<RegistryPeriod> periods = registry.periods(parent);
        if (periods.stream().noneMatch(p -> p.covers(day))) {
            problems.add(new Problem(pointer, Msg.of("report.registry.parentNotInForce", parent, VietnameseDates.day(day))));
            return false;
        }
        return true;
    }
}
