package vn.gov.quangngai.baocao.importer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.importer.archfixture.AnnotatedRecord;

/**
 * The importer stays a plain library that any tool can call: none of its classes uses Quarkus,
 * CDI, JAX-RS, MicroProfile (OpenAPI annotations are the service's), Jackson's annotations (how
 * a record is written on the wire is the service's too), or the services' own packages.
 */
class PlainJavaTest {

    private static final String IMPORTER = "vn.gov.quangngai.baocao.importer";

    static final ArchRule NO_FRAMEWORK_NOR_SERVICE = noClasses().that().resideInAPackage(IMPORTER + "..")
            .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta.enterprise..", "jakarta.inject..", "jakarta.ws.rs..",
                    "org.eclipse.microprofile..", "com.fasterxml.jackson.annotation..", "vn.gov.quangngai.baocao.support..",
                    "vn.gov.quangngai.baocao.report..", "vn.gov.quangngai.baocao.aggregation..", "vn.gov.quangngai.baocao.console..")
            .because("report-importer is a plain Java library; report-service builds its objects and maps its refusals");

    @Test
    void noClassOfTheImporterUsesAFrameworkOrAService() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(IMPORTER);

        assertThat(classes.contain(LegacyReportImporter.class)).as("the importer's own classes are checked").isTrue();
        NO_FRAMEWORK_NOR_SERVICE.check(classes);
    }

    @Test
    void theRuleFailsOnAClassThatBreaksIt() {
        JavaClasses broken = new ClassFileImporter().importPackages(IMPORTER + ".archfixture");

        assertThatThrownBy(() -> NO_FRAMEWORK_NOR_SERVICE.check(broken)).isInstanceOf(AssertionError.class)
                .hasMessageContaining(AnnotatedRecord.class.getName()).hasMessageContaining("JsonProperty");
    }
}
