package pl.lsw.core.evaluation.evidence;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package of evidence from records reads the aggregates and the typologies and is read by
 * nobody in the core: the service that stores assessments calls it from outside.
 */
class EvidenceDependenciesTest {

  private static final String EVIDENCE = "pl.lsw.core.evaluation.evidence..";
  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() {
    production = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages("pl.lsw.core");
  }

  @Test
  void onlyTheEvaluationServiceAndTheLibrarysRootUseTheEvidencePackage() {
    noClasses().that().resideOutsideOfPackages(EVIDENCE, "pl.lsw.core",
            "pl.lsw.core.evaluation.record").should().dependOnClassesThat()
        .resideInAPackage(EVIDENCE).check(production);
  }

  @Test
  void theEvidencePackageReadsOnlyTheRecordsTheTypologiesAndTheKernel() {
    classes().that().resideInAPackage(EVIDENCE).should().onlyDependOnClassesThat()
        .resideInAnyPackage(EVIDENCE, "pl.lsw.core.evaluation", "pl.lsw.core.partnership..",
            "pl.lsw.core.initiative", "pl.lsw.core.information", "pl.lsw.core.typology",
            "pl.lsw.core.organisation", "pl.lsw.core.rules", "pl.lsw.core.kernel", "java..",
            "io.vavr..")
        .check(production);
  }
}
