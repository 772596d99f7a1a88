package vn.gov.quangngai.baocao.console.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.console.architecture.fixture.first.First;
import vn.gov.quangngai.baocao.console.architecture.fixture.second.Second;

/**
 * The console's packages (client, pages, view, config) depend on each other one way; the rule is also run on a
 * fixture of two packages that use each other, and must fail there.
 */
class PackageCycleTest {

    private static final String BASE = "vn.gov.quangngai.baocao.console";
    private static final String FIXTURE = BASE + ".architecture.fixture";

    static ArchRule noCycles(String base) {
        return slices().matching(base + ".(*)..").should().beFreeOfCycles();
    }

    @Test
    void noTwoPackagesDependOnEachOther() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(BASE);

        assertThat(classes.stream().map(c -> c.getPackageName()).distinct().count()).as("several packages, so the rule checks something")
                .isGreaterThan(2);
        noCycles(BASE).check(classes);
    }

    @Test
    void aCycleBetweenTwoPackagesFails() {
        JavaClasses broken = new ClassFileImporter().importPackages(FIXTURE);

        assertThatThrownBy(() -> noCycles(FIXTURE).check(broken)).isInstanceOf(AssertionError.class)
                .hasMessageContainingAll("Cycle detected", First.class.getSimpleName(), Second.class.getSimpleName());
    }
}
