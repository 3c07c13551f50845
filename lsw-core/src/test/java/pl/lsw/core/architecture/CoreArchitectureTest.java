package pl.lsw.core.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pl.lsw.core.archviolation.ConcreteRepository;
import pl.lsw.core.archviolation.Console;
import pl.lsw.core.archviolation.HiddenClock;
import pl.lsw.core.archviolation.UsesForeignLibrary;
import pl.lsw.core.archviolation.UsesJdbc;
import pl.lsw.core.archviolation.port.ConcretePort;
import pl.lsw.core.cyclefixturea.Left;
import pl.lsw.core.cyclefixtureb.Right;
import pl.lsw.core.cyclefixturedeep.Outer;
import pl.lsw.core.cyclefixturedeep.inner.Inner;
import pl.lsw.core.archviolation.VavrAtTheBoundary;
import pl.lsw.core.archviolation.VavrOutcomesOnly;

/**
 * Checks the core's architecture rules against the production classes and proves that each rule
 * can fail, by running it against a deliberate violation kept in the test sources.
 */
class CoreArchitectureTest {

  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() {
    production = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages("pl.lsw.core");
  }

  private static JavaClasses violation(Class<?>... classes) {
    return new ClassFileImporter().importClasses(classes);
  }

  /** Checks the rule on the production classes; check() also fails when the rule selects nothing. */
  private static void holds(ArchRule rule) {
    rule.check(production);
  }

  private static void fails(ArchRule rule, Class<?>... classes) {
    EvaluationResult result = rule.evaluate(violation(classes));
    assertTrue(result.hasViolation(), "the rule did not notice a deliberate violation: " + rule);
  }

  @Test
  void the_core_has_no_infrastructure() {
    holds(CoreArchitectureRules.CORE_HAS_NO_INFRASTRUCTURE);
  }

  @Test
  void the_infrastructure_rule_fails_on_a_class_using_jdbc() {
    fails(CoreArchitectureRules.CORE_HAS_NO_INFRASTRUCTURE, UsesJdbc.class);
  }

  @Test
  void the_core_depends_on_allowed_libraries_only() {
    holds(CoreArchitectureRules.CORE_DEPENDS_ON_ALLOWED_LIBRARIES_ONLY);
  }

  @Test
  void the_allowed_libraries_rule_fails_on_a_class_using_another_library() {
    fails(CoreArchitectureRules.CORE_DEPENDS_ON_ALLOWED_LIBRARIES_ONLY, UsesForeignLibrary.class);
  }

  @Test
  void the_core_has_no_cycles_between_capabilities() {
    holds(CoreArchitectureRules.NO_CYCLES_BETWEEN_CAPABILITIES);
  }

  @Test
  void the_cycle_rule_fails_on_two_packages_using_each_other() {
    fails(CoreArchitectureRules.NO_CYCLES_BETWEEN_CAPABILITIES, Left.class, Right.class);
  }

  @Test
  void ports_are_interfaces() {
    holds(CoreArchitectureRules.PORTS_ARE_INTERFACES);
  }

  @Test
  void the_port_rule_fails_on_a_class_in_a_port_package() {
    fails(CoreArchitectureRules.PORTS_ARE_INTERFACES, ConcretePort.class);
  }

  @Test
  void the_port_rule_fails_on_a_repository_that_is_a_class() {
    fails(CoreArchitectureRules.PORTS_ARE_INTERFACES, ConcreteRepository.class);
  }

  @Test
  void the_core_has_no_hidden_time_or_randomness() {
    holds(CoreArchitectureRules.NO_HIDDEN_TIME_OR_RANDOMNESS);
  }

  @Test
  void the_hidden_time_rule_fails_on_a_class_reading_the_system_clock() {
    fails(CoreArchitectureRules.NO_HIDDEN_TIME_OR_RANDOMNESS, HiddenClock.class);
  }

  @Test
  void the_core_never_prints_to_the_console() {
    holds(CoreArchitectureRules.NO_CONSOLE_OUTPUT);
  }

  @Test
  void the_console_rule_fails_on_a_class_printing() {
    fails(CoreArchitectureRules.NO_CONSOLE_OUTPUT, Console.class);
  }

  @Test
  void a_rule_whose_package_pattern_selects_no_class_fails_instead_of_passing() {
    // none of these classes lives in a port package, so the rule's that() selects nothing
    AssertionError error = assertThrows(AssertionError.class,
        () -> CoreArchitectureRules.PORTS_ARE_INTERFACES.check(violation(UsesJdbc.class, Console.class)));
    assertTrue(error.getMessage().contains("failed to check any classes"), error.getMessage());
  }

  @Test
  void the_core_has_no_package_cycles_at_any_depth() {
    holds(CoreArchitectureRules.NO_PACKAGE_CYCLES_AT_ANY_DEPTH);
  }

  @Test
  void the_every_depth_cycle_rule_fails_on_a_package_and_its_sub_package_using_each_other() {
    fails(CoreArchitectureRules.NO_PACKAGE_CYCLES_AT_ANY_DEPTH, Outer.class, Inner.class);
  }

  @Test
  void the_every_depth_cycle_rule_also_fails_on_two_sibling_packages() {
    fails(CoreArchitectureRules.NO_PACKAGE_CYCLES_AT_ANY_DEPTH, Left.class, Right.class);
  }

  @Test
  void kernel_rules_and_processes_use_vavr_only_for_outcomes() {
    holds(CoreArchitectureRules.vavrOnlyAsOutcomes(
        "pl.lsw.core.kernel..", "pl.lsw.core.rules..", "pl.lsw.core.process.."));
  }

  @Test
  void the_whole_core_uses_vavr_only_for_outcomes() {
    holds(CoreArchitectureRules.vavrOnlyAsOutcomes(CORE_PACKAGES));
  }

  @Test
  void the_vavr_rule_fails_on_vavr_collections_and_option_in_public_signatures() {
    fails(CoreArchitectureRules.vavrOnlyAsOutcomes("pl.lsw.core.archviolation.."),
        VavrAtTheBoundary.class);
  }

  @Test
  void the_vavr_rule_accepts_either_and_validation_with_seq_as_a_type_argument() {
    CoreArchitectureRules.vavrOnlyAsOutcomes("pl.lsw.core.archviolation..")
        .check(violation(VavrOutcomesOnly.class));
  }

  private static final String CORE_PACKAGES = "pl.lsw.core..";
}
