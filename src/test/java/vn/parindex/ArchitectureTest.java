package vn.parindex;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps a later move from Camunda 7 CE to Operaton mechanical (see docs/adr/0001). */
class ArchitectureTest {

    static JavaClasses mainClasses;

    @BeforeAll
    static void importMainClasses() {
        mainClasses = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.parindex");
    }

    @Test
    void engineInternalsOnlyInTheAdapter() {
        noClasses().that().resideOutsideOfPackage("vn.parindex.engine..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
                .because("only the engine adapter may touch the engine's internals")
                .check(mainClasses);
    }

    @Test
    void agenciesFrameworksAndCommonCodeKnowNothingOfTheEngine() {
        noClasses().that().resideInAnyPackage("vn.parindex.agency..", "vn.parindex.framework..", "vn.parindex.common..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .check(mainClasses);
    }

    @Test
    void featuresReachTheEngineOnlyThroughTheWorkflowPort() {
        noClasses().that().resideInAPackage("vn.parindex.*..").and().resideOutsideOfPackage("vn.parindex.engine..")
                .should().dependOnClassesThat().resideInAPackage("vn.parindex.engine..")
                .because("features call the workflow port, which the engine implements (docs/adr/0005)")
                .check(mainClasses);
    }

    @Test
    void theWorkflowPortKnowsNoFeatureAndNoEngine() {
        noClasses().that().resideInAPackage("vn.parindex.workflow..")
                .should().dependOnClassesThat(resideInAnyPackage("org.camunda..", "org.springframework..")
                        .or(resideInAPackage("vn.parindex..").and(not(resideInAPackage("vn.parindex.workflow..")))))
                .because("the port is interfaces and value types only: a move of engine leaves it as it is")
                .check(mainClasses);
    }

    /** Features depend one way: no two packages, nor any longer ring of them, reach each other (engine included). */
    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("vn.parindex.(*)..").should().beFreeOfCycles()
                .check(mainClasses);
    }

    /** Other packages read campaigns and tasks through named queries ({@code Campaigns}, {@code WorkItemQueries}). */
    @Test
    void campaignsAndWorkItemsAreReadThroughNamedQueries() {
        noClasses().that().resideOutsideOfPackages("vn.parindex.campaign..", "vn.parindex.demo..",
                        "vn.parindex.notification..")
                .should().dependOnClassesThat().haveFullyQualifiedName("vn.parindex.campaign.CampaignRepository")
                .because("a repository writes as well as reads; other packages get the queries they need by name")
                .check(mainClasses);
        noClasses().that().resideOutsideOfPackages("vn.parindex.tasklist..", "vn.parindex.notification..")
                .should().dependOnClassesThat().haveFullyQualifiedName("vn.parindex.tasklist.WorkItemRepository")
                .because("a repository writes as well as reads; other packages get the queries they need by name")
                .check(mainClasses);
    }
}
