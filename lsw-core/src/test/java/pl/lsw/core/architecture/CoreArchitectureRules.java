package pl.lsw.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * The architecture rules of the core, as values, so that each one can be checked against the real
 * code and, separately, against a deliberate violation (proving it can fail). Every rule keeps
 * ArchUnit's default of failing when its {@code that()} part selects no class, so a rule whose
 * package pattern matches nothing fails instead of passing silently.
 */
public final class CoreArchitectureRules {

  /** The root package of the core. */
  public static final String CORE = "pl.lsw.core..";

  private CoreArchitectureRules() {}

  /** The core never touches JDBC, the store adapters, Flyway or a logging backend. */
  public static final ArchRule CORE_HAS_NO_INFRASTRUCTURE =
      noClasses()
          .that().resideInAPackage(CORE)
          .should().dependOnClassesThat().resideInAnyPackage(
              "java.sql..", "javax.sql..",
              "pl.lsw.store..", "pl.lsw.examples..",
              "org.flywaydb..",
              "org.slf4j.simple..", "org.slf4j.impl..", "ch.qos.logback..",
              "org.apache.logging..", "org.apache.log4j..", "java.util.logging..")
          .as("the core never touches java.sql, the adapters, Flyway or a logging backend");

  /** The core depends on the JDK, Vavr, the SLF4J API and itself, nothing else. */
  public static final ArchRule CORE_DEPENDS_ON_ALLOWED_LIBRARIES_ONLY =
      classes()
          .that().resideInAPackage(CORE)
          .should().onlyDependOnClassesThat().resideInAnyPackage(
              "pl.lsw.core..", "java..", "io.vavr..", "org.slf4j",
              "org.immutables.value..", "javax.annotation..")
          .as("the core depends on the JDK, Vavr, the SLF4J API and Immutables annotations only");

  /** No cycles between the core's capability packages. */
  public static final ArchRule NO_CYCLES_BETWEEN_CAPABILITIES =
      slices().matching("pl.lsw.core.(*)..").should().beFreeOfCycles()
          .as("no package cycles between the core's capabilities");

  /** A port package holds interfaces only. */
  public static final ArchRule PORTS_ARE_INTERFACES =
      classes()
          .that().resideInAPackage("pl.lsw.core..port..")
          .and().arePublic()
          .should().beInterfaces()
          .as("every public type in a port package is an interface");

  /** The core takes time from an injected Clock and ids from an injected IdSource. */
  public static final ArchRule NO_HIDDEN_TIME_OR_RANDOMNESS =
      noClasses()
          .that().resideInAPackage(CORE)
          .should().callMethod(Instant.class, "now")
          .orShould().callMethod(LocalDate.class, "now")
          .orShould().callMethod(LocalDateTime.class, "now")
          .orShould().callMethod(ZonedDateTime.class, "now")
          .orShould().callMethod(UUID.class, "randomUUID")
          .as("the core never reads the system clock or makes random ids itself");

  /** Library code logs through SLF4J and never prints to the console. */
  public static final ArchRule NO_CONSOLE_OUTPUT =
      noClasses()
          .that().resideInAPackage(CORE)
          .should().accessField(System.class, "out")
          .orShould().accessField(System.class, "err")
          .as("the core logs through SLF4J and never prints to the console");
}
