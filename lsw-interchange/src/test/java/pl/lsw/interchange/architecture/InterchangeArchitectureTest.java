package pl.lsw.interchange.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class InterchangeArchitectureTest {

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("pl.lsw.interchange");

  @Test
  void the_library_logs_through_slf4j_and_never_prints() {
    noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
        .check(CLASSES);
  }

  @Test
  void it_depends_only_on_the_core_commons_csv_vavr_slf4j_and_the_jdk() {
    noClasses().should().dependOnClassesThat().resideOutsideOfPackages("pl.lsw.core..", "pl.lsw.interchange..",
        "org.apache.commons.csv..", "io.vavr..", "org.slf4j..", "java..", "javax.annotation..")
        .check(CLASSES);
  }
}
