package vn.gov.quangngai.baocao.report.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * report-service's features and the one way they depend on each other, as rules over the classes
 * under a base package: the service's own, or a fixture's that breaks each rule on purpose.
 */
final class FeatureRules {

    /** Each feature and the features it may use; nothing uses a feature above it. */
    static final Map<String, List<String>> USES = uses();

    /**
     * Entities another feature may hold, and why: a report row names its round and its agency, and
     * the features acting on a report (writing its draft, reviewing it, importing into it) get the
     * row from rounds' {@code ReportAccess}, which finds and locks it for them.
     */
    static final Map<String, Set<String>> SHARED_ENTITIES = Map.of(
            "rounds.ReportEntity", Set.of("reports", "review", "importing"),
            "rounds.RoundEntity", Set.of("reports", "review", "importing"),
            "registry.AgencyEntity", Set.of("rounds", "reports", "review", "importing"));

    private FeatureRules() {
    }

    private static Map<String, List<String>> uses() {
        Map<String, List<String>> uses = new LinkedHashMap<>();
        uses.put("shared", List.of());
        uses.put("registry", List.of("shared"));
        uses.put("feed", List.of("shared"));
        uses.put("onboarding", List.of("registry", "shared"));
        uses.put("rounds", List.of("registry", "feed", "shared"));
        uses.put("reports", List.of("rounds", "registry", "shared"));
        uses.put("importing", List.of("reports", "rounds", "registry", "shared"));
        uses.put("review", List.of("reports", "rounds", "registry", "shared"));
        return uses;
    }

    /** No two feature packages depend on each other, directly or through others. */
    static ArchRule noCycles(String base) {
        return slices().matching(base + ".(*)..").should().beFreeOfCycles();
    }

    /** Each feature uses only the features {@link #USES} lists for it. */
    static ArchRule oneWay(String base) {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true);
        for (String feature : USES.keySet()) {
            layers = layers.layer(feature).definedBy(base + "." + feature + "..");
        }
        for (Map.Entry<String, List<String>> feature : USES.entrySet()) {
            layers = feature.getValue().isEmpty()
                    ? layers.whereLayer(feature.getKey()).mayNotAccessAnyLayer()
                    : layers.whereLayer(feature.getKey()).mayOnlyAccessLayers(feature.getValue().toArray(String[]::new));
        }
        return layers;
    }

    /** A feature's entities (named …Entity) are used in its own package, or where {@link #SHARED_ENTITIES} says why. */
    static List<ArchRule> entitiesStayInTheirFeature(String base) {
        List<ArchRule> rules = new ArrayList<>();
        for (String feature : USES.keySet()) {
            String own = base + "." + feature;
            Set<String> sharedHere = SHARED_ENTITIES.keySet().stream().map(e -> base + "." + e).collect(Collectors.toSet());
            rules.add(classes().that().resideInAPackage(own).and().haveSimpleNameEndingWith("Entity")
                    .and(DescribedPredicate.describe("are not listed as shared", (JavaClass c) -> !sharedHere.contains(c.getName())))
                    .should().onlyHaveDependentClassesThat().resideInAPackage(own)
                    .allowEmptyShould(true).because("an entity is changed only by its own feature's service"));
        }
        for (Map.Entry<String, Set<String>> shared : SHARED_ENTITIES.entrySet()) {
            String owner = shared.getKey().substring(0, shared.getKey().indexOf('.'));
            List<String> packages = new ArrayList<>(List.of(base + "." + owner));
            shared.getValue().forEach(feature -> packages.add(base + "." + feature));
            rules.add(classes().that().haveFullyQualifiedName(base + "." + shared.getKey())
                    .should().onlyHaveDependentClassesThat().resideInAnyPackage(packages.toArray(String[]::new))
                    .allowEmptyShould(true).because("only the features acting on a report hold its row"));
        }
        return rules;
    }

    /** A feature's repositories and queries (…Repository, …Query) are used only by its own package. */
    static List<ArchRule> repositoriesStayInTheirFeature(String base) {
        List<ArchRule> rules = new ArrayList<>();
        for (String feature : USES.keySet()) {
            String own = base + "." + feature;
            rules.add(classes().that().resideInAPackage(own)
                    .and(DescribedPredicate.describe("are named …Repository or …Query",
                            (JavaClass c) -> c.getSimpleName().endsWith("Repository") || c.getSimpleName().endsWith("Query")))
                    .should().onlyHaveDependentClassesThat().resideInAPackage(own)
                    .allowEmptyShould(true).because("other features reach a feature's data through its service"));
        }
        return rules;
    }

    /** Resources (…Resource) take and give records; entities stay behind the services. */
    static ArchRule resourcesNeverTouchEntities(String base) {
        return noClasses().that().resideInAPackage(base + "..").and().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Entity")
                .because("a resource maps HTTP to a service call; what is stored is the service's");
    }

    static List<ArchRule> all(String base) {
        List<ArchRule> rules = new ArrayList<>(List.of(noCycles(base), oneWay(base), resourcesNeverTouchEntities(base)));
        rules.addAll(entitiesStayInTheirFeature(base));
        rules.addAll(repositoriesStayInTheirFeature(base));
        return rules;
    }
}
