package pl.lsw.examples.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pl.lsw.store.jdbc.archviolation.JdbcHelperFixture;
import pl.lsw.store.memory.archviolation.ReachesIntoJdbcStore;
import pl.lsw.store.memory.archviolation.UsesFrameworkFixture;

/**
 * The walls between modules: each store depends on the core only (plus its own database
 * libraries) and never on the other store or on the examples. This test lives in the examples
 * module because only its class path holds every module. Each rule is also run against a
 * deliberate violation to prove it can fail.
 */
class ModuleArchitectureTest {

  static final ArchRule MEMORY_STORE_DEPENDS_ON_CORE_ONLY =
      classes()
          .that().resideInAPackage("pl.lsw.store.memory..")
          .should().onlyDependOnClassesThat().resideInAnyPackage(
              "pl.lsw.store.memory..", "pl.lsw.core..", "java..", "io.vavr..", "org.slf4j")
          .as("the memory store depends on the core, the JDK, Vavr and the SLF4J API only");

  static final ArchRule JDBC_STORE_DEPENDS_ON_CORE_AND_JDBC_ONLY =
      classes()
          .that().resideInAPackage("pl.lsw.store.jdbc..")
          .should().onlyDependOnClassesThat().resideInAnyPackage(
              "pl.lsw.store.jdbc..", "pl.lsw.core..", "java..", "javax.sql..", "io.vavr..",
              "org.slf4j", "org.flywaydb.core..", "com.fasterxml.jackson.core..",
              "com.fasterxml.jackson.databind..")
          .as("the JDBC store depends on the core, the JDK's JDBC, Vavr, SLF4J, Flyway and"
              + " Jackson (the JSON of the outbox) only");

  static final ArchRule STORES_NEVER_DEPEND_ON_EACH_OTHER =
      noClasses()
          .that().resideInAPackage("pl.lsw.store.memory..")
          .should().dependOnClassesThat().resideInAnyPackage("pl.lsw.store.jdbc..", "pl.lsw.examples..")
          .as("the memory store never depends on the JDBC store or the examples");

  static final ArchRule JDBC_STORE_NEVER_DEPENDS_ON_MEMORY_STORE =
      noClasses()
          .that().resideInAPackage("pl.lsw.store.jdbc..")
          .should().dependOnClassesThat().resideInAnyPackage("pl.lsw.store.memory..", "pl.lsw.examples..")
          .as("the JDBC store never depends on the memory store or the examples");

  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() {
    production = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(location -> !location.contains("-tests.jar") && !location.contains("/test-classes/"))
        .importPackages("pl.lsw.store");
  }

  /** Checks the rule on the production classes; check() also fails when the rule selects nothing. */
  private static void holds(ArchRule rule) {
    rule.check(production);
  }

  private static void fails(ArchRule rule, Class<?>... classes) {
    EvaluationResult result = rule.evaluate(new ClassFileImporter().importClasses(classes));
    assertTrue(result.hasViolation(), "the rule did not notice a deliberate violation: " + rule);
  }

  @Test
  void the_memory_store_depends_on_the_core_only() {
    holds(MEMORY_STORE_DEPENDS_ON_CORE_ONLY);
  }

  @Test
  void the_memory_store_rule_fails_on_a_class_using_another_library() {
    fails(MEMORY_STORE_DEPENDS_ON_CORE_ONLY, UsesFrameworkFixture.class);
  }

  @Test
  void the_jdbc_store_depends_on_the_core_and_jdbc_only() {
    holds(JDBC_STORE_DEPENDS_ON_CORE_AND_JDBC_ONLY);
  }

  @Test
  void the_jdbc_store_rule_fails_on_a_class_using_another_library() {
    fails(JDBC_STORE_DEPENDS_ON_CORE_AND_JDBC_ONLY, JdbcHelperFixture.class);
  }

  @Test
  void the_memory_store_never_depends_on_the_jdbc_store() {
    holds(STORES_NEVER_DEPEND_ON_EACH_OTHER);
  }

  @Test
  void the_store_separation_rule_fails_on_a_memory_class_reaching_into_the_jdbc_store() {
    fails(STORES_NEVER_DEPEND_ON_EACH_OTHER, ReachesIntoJdbcStore.class, JdbcHelperFixture.class);
  }

  @Test
  void the_jdbc_store_never_depends_on_the_memory_store() {
    holds(JDBC_STORE_NEVER_DEPENDS_ON_MEMORY_STORE);
  }

  @Test
  void the_jdbc_separation_rule_fails_on_a_jdbc_class_reaching_into_the_memory_store() {
    fails(JDBC_STORE_NEVER_DEPENDS_ON_MEMORY_STORE, JdbcHelperFixture.class, UsesFrameworkFixture.class);
  }
}
