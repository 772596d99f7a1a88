package vn.gov.quangngai.baocao.report.registry;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.gov.quangngai.baocao.report.shared.Texts;

/** Between the API's change requests and results and the registry's changes and plans. */
final class RegistryChanges {

    private RegistryChanges() {
    }

    /** The change a checked request asks for: text in NFC, codes as sent. */
    static RegistryChange of(AgencyChangeRequest body) {
        String basis = Texts.clean(body.basis());
        String name = Texts.clean(body.name());
        return switch (body.type()) {
            case CREATE -> new RegistryChange.Create(body.effective(), basis, body.code(), name, body.kind(), Texts.clean(body.parent()));
            case RENAME -> new RegistryChange.Rename(body.effective(), basis, body.code(), name, body.kind(), Texts.clean(body.parent()));
            case MERGE -> new RegistryChange.Merge(body.effective(), basis, List.copyOf(body.from()), body.into().get("code").textValue(),
                    text(body.into().get("name")), kind(body.into().get("kind")));
            case SPLIT -> {
                List<RegistryChange.NewAgency> into = new ArrayList<>();
                body.into().forEach(node -> into.add(new RegistryChange.NewAgency(node.get("code").textValue(), text(node.get("name")), kind(node.get("kind")))));
                yield new RegistryChange.Split(body.effective(), basis, body.code(), into);
            }
            case DISSOLVE -> new RegistryChange.Dissolve(body.effective(), basis, body.code());
        };
    }

    static AgencyChangeRequest.Type type(RegistryChange change) {
        if (change instanceof RegistryChange.Create) {
            return AgencyChangeRequest.Type.CREATE;
        } else if (change instanceof RegistryChange.Rename) {
            return AgencyChangeRequest.Type.RENAME;
        } else if (change instanceof RegistryChange.Merge) {
            return AgencyChangeRequest.Type.MERGE;
        } else if (change instanceof RegistryChange.Split) {
            return AgencyChangeRequest.Type.SPLIT;
        }
        return AgencyChangeRequest.Type.DISSOLVE;
    }

    static AgencyChangeResult result(RegistryChange change, RegistryPlanner.Plan plan, boolean dryRun) {
        List<AgencyChangeResult.PeriodChange> begun = new ArrayList<>(plan.begun().stream().map(RegistryChanges::periodChange).toList());
        plan.corrected().stream().map(RegistryChanges::periodChange).forEach(begun::add);
        return new AgencyChangeResult(type(change), change.effective(), change.basis(), dryRun, !dryRun,
                plan.ended().stream().map(RegistryChanges::periodChange).toList(), begun, plan.created(),
                plan.links().stream().map(l -> new AgencyChangeResult.Succession(l.predecessor(), l.successor())).toList());
    }

    /** Every code the change touches: those it ends, renames or creates, and the parent it names; the codes whose turn it takes. */
    static Set<String> codes(RegistryChange change) {
        List<String> codes = new ArrayList<>();
        if (change instanceof RegistryChange.Create create) {
            codes.addAll(Arrays.asList(create.code(), create.parent()));
        } else if (change instanceof RegistryChange.Rename rename) {
            codes.addAll(Arrays.asList(rename.code(), rename.parent()));
        } else if (change instanceof RegistryChange.Merge merge) {
            codes.addAll(merge.from());
            codes.add(merge.into());
        } else if (change instanceof RegistryChange.Split split) {
            codes.add(split.code());
            split.into().forEach(next -> codes.add(next.code()));
        } else if (change instanceof RegistryChange.Dissolve dissolve) {
            codes.add(dissolve.code());
        }
        return codes.stream().filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The codes a recorded change ended: a merge's {@code from}, a split's or a dissolution's {@code code}. */
    static Set<String> ended(String type, JsonNode body) {
        Set<String> codes = new TreeSet<>();
        switch (type) {
            case "MERGE" -> body.path("from").forEach(from -> addText(codes, from));
            case "SPLIT", "DISSOLVE" -> addText(codes, body.get("code"));
            default -> { }
        }
        return codes;
    }

    /** The codes a recorded change may have created: a creation's code, a merge's successor, a split's new agencies. */
    static Set<String> created(String type, JsonNode body) {
        Set<String> codes = new TreeSet<>();
        switch (type) {
            case "CREATE" -> addText(codes, body.get("code"));
            case "MERGE" -> addText(codes, body.get("into"));
            case "SPLIT" -> body.path("into").forEach(next -> addText(codes, next.get("code")));
            default -> { }
        }
        return codes;
    }

    /** A recorded change in a few words: "STNMT, SNNPTNT → SNNMT", "BQLKKT → BQLDQ, BQLKCN", "TTBC". */
    static String describe(String type, JsonNode body) {
        List<String> from = new ArrayList<>();
        body.path("from").forEach(code -> from.add(code.asText()));
        JsonNode into = body.path("into");
        if ("MERGE".equals(type)) {
            return String.join(", ", from) + " → " + into.asText();
        } else if ("SPLIT".equals(type)) {
            List<String> next = new ArrayList<>();
            into.forEach(agency -> next.add(agency.path("code").asText()));
            return body.path("code").asText() + " → " + String.join(", ", next);
        }
        return body.path("code").asText();
    }

    private static void addText(Set<String> codes, JsonNode node) {
        if (node != null && node.isTextual()) {
            codes.add(node.textValue());
        }
    }

    private static AgencyChangeResult.PeriodChange periodChange(RegistryPeriod period) {
        return new AgencyChangeResult.PeriodChange(period.code(), period.name(), period.kind().name(), period.validFrom(), period.validTo());
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : Texts.clean(node.textValue());
    }

    private static AgencyKind kind(JsonNode node) {
        return node == null || node.isNull() ? null : AgencyKind.valueOf(node.textValue());
    }
}
