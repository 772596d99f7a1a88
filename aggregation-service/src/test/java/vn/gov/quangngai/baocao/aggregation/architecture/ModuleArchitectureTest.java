package vn.gov.quangngai.baocao.aggregation.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.aggregation.architecture.fixture.repository.TotalsQuery;
import vn.gov.quangngai.baocao.aggregation.architecture.fixture.rest.TotalsResource;
import vn.gov.quangngai.baocao.aggregation.architecture.fixture.summary.Totals;

/**
 * aggregation-service's packages depend on each other one way, and its resources reach the data
 * only through services; each rule is also run on a fixture that breaks it, and must fail there.
 */
class ModuleArchitectureTest {

    private static final String BASE = "vn.gov.quangngai.baocao.aggregation";
    private static final String FIXTURE = BASE + ".architecture.fixture";

    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(BASE);
    private static final JavaClasses BROKEN = new ClassFileImporter().importPackages(FIXTURE);

    @Test
    void theServiceKeepsEveryRule() {
        for (String layer : new String[] {"rest", "summary", "repository"}) {
            assertThat(SERVICE.stream().anyMatch(c -> c.getPackageName().equals(BASE + "." + layer)))
                    .as("package %s has classes, so the rules check something", layer).isTrue();
        }
        ModuleRules.all(BASE).forEach(rule -> rule.check(SERVICE));
    }

    @Test
    void theRulesFindEveryResourceByItsName() {
        classes().that().areAnnotatedWith(Path.class).and().areNotInterfaces().should().haveSimpleNameEndingWith("Resource").check(SERVICE);
    }

    @Test
    void aCycleBetweenPackagesFails() {
        assertFails(ModuleRules.noCycles(FIXTURE), "Cycle detected", Totals.class.getSimpleName(), TotalsQuery.class.getSimpleName());
    }

    @Test
    void aResourceQueryingTheDatabaseFails() {
        assertFails(ModuleRules.resourcesNeverTouchRepositories(FIXTURE), TotalsResource.class.getName(), TotalsQuery.class.getName(),
                "javax.sql.DataSource");
    }

    private static void assertFails(ArchRule rule, String... mentions) {
        assertThatThrownBy(() -> rule.check(BROKEN)).isInstanceOf(AssertionError.class).hasMessageContainingAll(mentions);
    }
}
