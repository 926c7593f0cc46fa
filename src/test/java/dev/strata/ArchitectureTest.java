package dev.strata;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;

/**
 * The package dependencies the package-info files state, as rules over the application's classes (tests, the
 * benchmark and the Cypher references are not part of the application and are not checked).
 */
class ArchitectureTest {

    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.strata");

    /** The analytics engines: plain Java over the snapshot. */
    static List<String> engines() {
        return List.of(
                "dev.strata.analytics.impact",
                "dev.strata.analytics.chains",
                "dev.strata.analytics.load",
                "dev.strata.analytics.risk",
                "dev.strata.analytics.adoption",
                "dev.strata.analytics.hotspots",
                "dev.strata.analytics.scorecard",
                "dev.strata.analytics.removed",
                "dev.strata.analytics.collaboration");
    }

    @Test
    void theModelDependsOnNothingOfStrataNorOnSpringOrNeo4j() {
        noClasses()
                .that()
                .resideInAPackage("dev.strata.model..")
                .should()
                .dependOnClassesThat(DescribedPredicate.describe(
                        "are in another Strata package, Spring or Neo4j",
                        c -> c.getPackageName().startsWith("dev.strata.")
                                        && !c.getPackageName().startsWith("dev.strata.model")
                                || c.getPackageName().startsWith("org.springframework")
                                || c.getPackageName().startsWith("org.neo4j")))
                .because("every other package imports the model, so it must not import them")
                .check(APPLICATION);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void everyEngineDependsOnlyOnTheModelAndTheSnapshotGraph(String engine) {
        classes()
                .that()
                .resideInAPackage(engine)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        engine, "dev.strata.model..", "dev.strata.analytics.graph..", "java..", "org.jspecify..")
                .because("engines are pure: no Spring, no driver, no other engine, no I/O")
                .check(APPLICATION);
    }

    @Test
    void theSnapshotGraphDependsOnlyOnTheModel() {
        classes()
                .that()
                .resideInAPackage("dev.strata.analytics.graph")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("dev.strata.analytics.graph", "dev.strata.model..", "java..", "org.jspecify..")
                .check(APPLICATION);
    }

    @Test
    void onlyTheSnapshotPackageOfTheAnalyticsReadsTheDatabase() {
        noClasses()
                .that()
                .resideInAPackage("dev.strata.analytics..")
                .and()
                .resideOutsideOfPackage("dev.strata.analytics.snapshot..")
                .should()
                .dependOnClassesThat(DescribedPredicate.describe(
                        "are the Neo4j driver or Spring Data Neo4j",
                        c -> (c.getPackageName().startsWith("org.neo4j.driver")
                                        && !c.getPackageName().startsWith("org.neo4j.driver.exceptions"))
                                || c.getPackageName().startsWith("org.springframework.data.neo4j")))
                .because("the engines and the API answer from the in-memory snapshot")
                .check(APPLICATION);
    }

    @Test
    void nothingDependsOnTheAnalyticsApi() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.strata.analytics.api..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.strata.analytics.api..")
                .check(APPLICATION);
    }

    @Test
    void nothingDependsOnTheWebOrTheCommandLineButTheEntryPoint() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.strata.web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.strata.web..")
                .check(APPLICATION);
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.strata.cli..")
                .and()
                .doNotHaveFullyQualifiedName(StrataApplication.class.getName())
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.strata.cli..")
                .because("the jar's entry point hands CLI commands to the CLI; nothing else knows it")
                .check(APPLICATION);
    }

    @Test
    void controllersAreNotUsedByServicesComponentsRepositoriesOrConfiguration() {
        noClasses()
                .that()
                .areAnnotatedWith(Service.class)
                .or()
                .areAnnotatedWith(Component.class)
                .or()
                .areAnnotatedWith(Repository.class)
                .or()
                .areAnnotatedWith(Configuration.class)
                .should()
                .dependOnClassesThat(JavaClass.Predicates.resideInAPackage("dev.strata..")
                        .and(CanBeAnnotated.Predicates.annotatedWith(Controller.class)))
                .because("controllers are the GraphQL edge; Spring's own error controller, which the web package"
                        + " configures, is not ours")
                .check(APPLICATION);
    }

    @Test
    void onlyTheStoreWritesDiffsAndOnlyTheTwoDoorsStartLandscapeChanges() {
        classes()
                .that()
                .haveFullyQualifiedName("dev.strata.store.DiffWriter")
                .should()
                .onlyBeAccessed()
                .byClassesThat()
                .resideInAPackage("dev.strata.store..")
                .check(APPLICATION);
        classes()
                .that()
                .haveFullyQualifiedName("dev.strata.store.LandscapeWriter")
                .should()
                .onlyBeAccessed()
                .byClassesThat()
                .resideInAnyPackage("dev.strata.store..", "dev.strata.ingest..", "dev.strata.edit..")
                .because("landscape apply (ingest) and the one-node GraphQL mutations (edit) are the only ways to"
                        + " change the landscape, and both go through the one writer")
                .check(APPLICATION);
    }

    @Test
    void onlyTheStoreAuditSecurityNeo4jAndDemoOpenWriteTransactions() {
        ArchRule rule = noClasses()
                .that()
                .resideOutsideOfPackages(
                        "dev.strata.store..",
                        "dev.strata.audit..",
                        "dev.strata.security..",
                        "dev.strata.neo4j..",
                        "dev.strata.demo..")
                .should()
                .callMethodWhere(DescribedPredicate.describe(
                        "a driver write transaction",
                        (JavaMethodCall call) ->
                                call.getTargetOwner().getPackageName().startsWith("org.neo4j.driver")
                                        && (call.getName().startsWith("executeWrite")
                                                || call.getName().equals("writeTransaction"))));
        rule.check(APPLICATION);
    }
}
