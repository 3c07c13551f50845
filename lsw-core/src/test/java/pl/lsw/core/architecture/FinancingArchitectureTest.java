package pl.lsw.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules of the financing capability, checked on its production classes only: no
 * package cycles at any depth (the {@code financing} package and each of its sub-packages are
 * slices of their own), and every repository is an interface.
 */
class FinancingArchitectureTest {

  /** Every public repository of financing, kept next to its aggregate, is an interface. */
  static final ArchRule REPOSITORIES_ARE_INTERFACES =
      classes()
          .that().resideInAPackage("pl.lsw.core.financing..")
          .and().haveSimpleNameEndingWith("Repository")
          .and().arePublic()
          .should().beInterfaces()
          .as("every public financing repository is an interface");

  private static JavaClasses financing;

  @BeforeAll
  static void importFinancingClasses() {
    financing = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages("pl.lsw.core.financing");
  }

  @Test
  void financing_has_no_package_cycles_at_any_depth() {
    CoreArchitectureRules.NO_PACKAGE_CYCLES_AT_ANY_DEPTH.check(financing);
  }

  @Test
  void financing_repositories_are_interfaces() {
    REPOSITORIES_ARE_INTERFACES.check(financing);
  }
}
