package vn.gov.quangngai.baocao.console.view;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import vn.gov.quangngai.baocao.console.client.model.Agency;

/**
 * The registry's agencies grouped for picking the ones a round expects: departments (sở), then
 * boards and agencies (ban, ngành), then local government (huyện, xã and whatever levels the
 * registry holds), with the two shortcuts "every sở, ban, ngành" and "every local government".
 */
public record AgencyChoice(List<Group> groups, int selected) {

    public static final String ALL_DEPARTMENTS = "so-ban";
    public static final String ALL_LOCAL = "local";
    public static final String NONE = "none";

    private static final Set<String> DEPARTMENT_KINDS = Set.of("SO", "BAN", "NGANH");

    /** A group of agencies, each with whether it is picked. */
    public record Group(String label, List<Choice> choices) {
    }

    public record Choice(Agency agency, boolean picked) {
    }

    public static AgencyChoice of(List<Agency> registry, Set<String> picked) {
        List<Group> groups = new ArrayList<>();
        group(groups, "Sở", registry, picked, a -> "SO".equals(a.kind()));
        group(groups, "Ban, ngành", registry, picked, a -> "BAN".equals(a.kind()) || "NGANH".equals(a.kind()));
        group(groups, "Ủy ban nhân dân cấp huyện, cấp xã", registry, picked, a -> !DEPARTMENT_KINDS.contains(a.kind()));
        return new AgencyChoice(groups, (int) registry.stream().filter(a -> picked.contains(a.code())).count());
    }

    /** The selection after a shortcut: adds every department or every local government, or clears it. */
    public static List<String> apply(String shortcut, Set<String> picked, List<Agency> registry) {
        Set<String> result = new LinkedHashSet<>(picked);
        switch (shortcut) {
            case ALL_DEPARTMENTS -> registry.stream().filter(AgencyChoice::department).forEach(a -> result.add(a.code()));
            case ALL_LOCAL -> registry.stream().filter(a -> !department(a)).forEach(a -> result.add(a.code()));
            case NONE -> result.clear();
            default -> {
                // an unknown shortcut changes nothing
            }
        }
        // in the registry's order, which is the order summaries compile agencies in
        return registry.stream().map(Agency::code).filter(result::contains).toList();
    }

    /** A sở, ban or ngành (as opposed to a level of local government). */
    public static boolean department(Agency agency) {
        return DEPARTMENT_KINDS.contains(agency.kind());
    }

    private static void group(List<Group> groups, String label, List<Agency> registry, Set<String> picked,
                              Predicate<Agency> member) {
        List<Choice> choices = registry.stream().filter(member).map(a -> new Choice(a, picked.contains(a.code()))).toList();
        if (!choices.isEmpty()) {
            groups.add(new Group(label, choices));
        }
    }
}
