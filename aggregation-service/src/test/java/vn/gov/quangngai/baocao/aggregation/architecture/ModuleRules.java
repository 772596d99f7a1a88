package vn.gov.quangngai.baocao.aggregation.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * How aggregation-service's packages may depend on each other, as rules over the classes under a
 * base package: the service's own, or a fixture's that breaks each rule on purpose.
 */
final class ModuleRules {

    private ModuleRules() {
    }

    /** No two packages depend on each other, directly or through others. */
    static ArchRule noCycles(String base) {
        return slices().matching(base + ".(*)..").should().beFreeOfCycles();
    }

    /** Resources (…Resource) call services; the queries and the database connection stay behind them. */
    static ArchRule resourcesNeverTouchRepositories(String base) {
        return noClasses().that().resideInAPackage(base + "..").and().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().resideInAnyPackage(base + ".repository..", "java.sql..", "javax.sql..")
                .because("a resource maps HTTP to a service call; what is stored and how it is read is the service's");
    }

    static List<ArchRule> all(String base) {
        return List.of(noCycles(base), resourcesNeverTouchRepositories(base));
    }
}
