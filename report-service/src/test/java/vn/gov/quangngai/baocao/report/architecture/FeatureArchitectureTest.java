package vn.gov.quangngai.baocao.report.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.report.architecture.fixture.reports.DraftResource;
import vn.gov.quangngai.baocao.report.architecture.fixture.reports.DraftWriter;
import vn.gov.quangngai.baocao.report.architecture.fixture.review.Reviewer;
import vn.gov.quangngai.baocao.report.architecture.fixture.shared.SharedClock;

/**
 * report-service's features depend on each other one way, and keep their entities and repositories
 * to themselves; each rule is also run on a fixture that breaks it, and must fail there.
 */
class FeatureArchitectureTest {

    private static final String BASE = "vn.gov.quangngai.baocao.report";
    private static final String FIXTURE = BASE + ".architecture.fixture";

    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(BASE);
    private static final JavaClasses BROKEN = new ClassFileImporter().importPackages(FIXTURE);

    @Test
    void theServiceKeepsEveryRule() {
        for (String feature : FeatureRules.USES.keySet()) {
            assertThat(SERVICE.stream().anyMatch(c -> c.getPackageName().equals(BASE + "." + feature)))
                    .as("feature %s has classes, so its rules check something", feature).isTrue();
        }
        assertThat(SERVICE.stream().map(c -> c.getPackageName()).distinct()
                .filter(p -> !FeatureRules.USES.containsKey(p.substring(BASE.length() + 1).split("\\.")[0])).toList())
                .as("every package belongs to a feature the rules know").isEmpty();
        FeatureRules.all(BASE).forEach(rule -> rule.check(SERVICE));
    }

    @Test
    void theRulesFindEveryEntityAndResourceByItsName() {
        classes().that().areAnnotatedWith(Entity.class).should().haveSimpleNameEndingWith("Entity").check(SERVICE);
        classes().that().areAnnotatedWith(Path.class).and().areNotInterfaces().should().haveSimpleNameEndingWith("Resource").check(SERVICE);
    }

    @Test
    void aCycleBetweenFeaturesFails() {
        assertFails(FeatureRules.noCycles(FIXTURE), "Cycle detected", SharedClock.class.getSimpleName());
    }

    @Test
    void sharedCodeUsingAFeatureFails() {
        assertFails(FeatureRules.oneWay(FIXTURE), SharedClock.class.getName(), "RoundClock");
    }

    @Test
    void anotherFeatureHoldingAnEntityFailsUnlessTheEntityIsListedAsShared() {
        List<ArchRule> rules = FeatureRules.entitiesStayInTheirFeature(FIXTURE);
        String failures = failures(rules);
        assertThat(failures).contains(DraftWriter.class.getName(), "RoundRowEntity").doesNotContain(Reviewer.class.getName());
    }

    @Test
    void anotherFeatureUsingARepositoryFails() {
        String failures = failures(FeatureRules.repositoriesStayInTheirFeature(FIXTURE));
        assertThat(failures).contains(DraftWriter.class.getName(), "RoundRowRepository");
    }

    @Test
    void aResourceHoldingAnEntityFails() {
        assertFails(FeatureRules.resourcesNeverTouchEntities(FIXTURE), DraftResource.class.getName(), "RoundRowEntity");
    }

    private static void assertFails(ArchRule rule, String... mentions) {
        assertThatThrownBy(() -> rule.check(BROKEN)).isInstanceOf(AssertionError.class).hasMessageContainingAll(mentions);
    }

    private static String failures(List<ArchRule> rules) {
        StringBuilder failures = new StringBuilder();
        for (ArchRule rule : rules) {
            try {
                rule.check(BROKEN);
            } catch (AssertionError e) {
                failures.append(e.getMessage()).append('\n');
            }
        }
        return failures.toString();
    }
}
