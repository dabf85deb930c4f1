package dev.llmscape;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.junit.jupiter.api.Test;

/**
 * Keeps the package arrows one-way, cli -> render, query -> catalog -> model, checked on the
 * compiled classes: a fully qualified name or a static import is a dependency like any other, which
 * a scan of the source text's imports would miss.
 */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.llmscape");

  @Test
  void layersPointOneWay() {
    ArchRule rule =
        layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Main")
            .definedBy("dev.llmscape")
            .layer("Cli")
            .definedBy("dev.llmscape.cli..")
            .layer("Render")
            .definedBy("dev.llmscape.render..")
            .layer("Query")
            .definedBy("dev.llmscape.query..")
            .layer("Catalog")
            .definedBy("dev.llmscape.catalog..")
            .layer("Model")
            .definedBy("dev.llmscape.model..")
            .whereLayer("Main")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("Cli")
            .mayOnlyBeAccessedByLayers("Main")
            .whereLayer("Render")
            .mayOnlyBeAccessedByLayers("Cli", "Main")
            .whereLayer("Query")
            .mayOnlyBeAccessedByLayers("Render", "Cli", "Main")
            .whereLayer("Catalog")
            .mayOnlyBeAccessedByLayers("Query", "Render", "Cli", "Main");
    rule.check(CLASSES);
  }

  /** Sub-packages count on their own: cli and cli.completion may not use each other both ways. */
  @Test
  void noPackageCycles() {
    slices().matching("dev.llmscape.(**)").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void picocliBelongsToTheCommandLine() {
    noClassOutside("dev.llmscape", "dev.llmscape.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("picocli..")
        .check(CLASSES);
  }

  @Test
  void theModelUsesTheJdkOnly() {
    ArchRuleDefinition.noClasses()
        .that()
        .resideInAPackage("dev.llmscape.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("picocli..", "com.fasterxml..", "org.jline..")
        .check(CLASSES);
  }

  @Test
  void catalogAndQueryNeitherDrawNorPrint() {
    ArchRuleDefinition.noClasses()
        .that()
        .resideInAnyPackage("dev.llmscape.catalog..", "dev.llmscape.query..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.jline..")
        .check(CLASSES);
    ArchRuleDefinition.noClasses()
        .that()
        .resideInAPackage("dev.llmscape.query..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.fasterxml..")
        .orShould()
        .dependOnClassesThat()
        .areAssignableTo(java.io.PrintWriter.class)
        .check(CLASSES);
  }

  /**
   * The process's streams belong to the command line, which hands them to the rest as an {@link
   * dev.llmscape.cli.Environment}; anything else writing to System.out would bypass --color, a
   * closed pipe and the tests' captured streams.
   */
  @Test
  void onlyTheCommandLineTouchesTheProcessStreams() {
    noClassOutside("dev.llmscape.cli..")
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .orShould()
        .accessField(System.class, "in")
        .orShould()
        .callMethod(System.class, "console")
        .check(CLASSES);
  }

  /**
   * jackson-databind is on the run-time class path only for the CSV module's exception classes; the
   * tool itself streams (start-up cost), so no class may use data binding.
   */
  @Test
  void noDataBindingAtRunTime() {
    // JqFilter alone: --jq loads it, and jackson-jq works on databind's trees.
    ArchRuleDefinition.noClasses()
        .that()
        .doNotHaveFullyQualifiedName("dev.llmscape.render.JqFilter")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.fasterxml.jackson.databind..")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("com.fasterxml.jackson.dataformat.csv.CsvMapper")
        .check(CLASSES);
  }

  private static com.tngtech.archunit.lang.syntax.elements.GivenClassesConjunction noClassOutside(
      String... packages) {
    return ArchRuleDefinition.noClasses().that().resideOutsideOfPackages(packages);
  }
}
