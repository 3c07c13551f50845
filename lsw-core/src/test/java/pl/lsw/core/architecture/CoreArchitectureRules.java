package pl.lsw.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
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

  /**
   * Ports are interfaces: a repository lives next to its aggregate, in the capability's package,
   * and the ports shared by every capability (events, ids, the store) in a port package.
   */
  public static final ArchRule PORTS_ARE_INTERFACES =
      classes()
          .that().resideInAPackage("pl.lsw.core..port..")
          .or().haveSimpleNameEndingWith("Repository")
          .and().arePublic()
          .should().beInterfaces()
          .as("every public type in a port package, and every repository, is an interface");

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

  /**
   * No package cycles at any depth: every package is a slice of its own, so {@code a.b} and
   * {@code a.b.c} using each other is a cycle too.
   */
  public static final ArchRule NO_PACKAGE_CYCLES_AT_ANY_DEPTH =
      slices().matching("pl.lsw.core.(**)").should().beFreeOfCycles()
          .as("no package cycles in the core at any depth (a package and its sub-packages included)");

  /** The Vavr types a public signature may name: the outcomes of commands and of parsing. */
  private static final List<String> VAVR_OUTCOMES =
      List.of("io.vavr.control.Either", "io.vavr.control.Validation");

  /**
   * Vavr at the boundary, for the public classes in the given packages: a public method or
   * constructor names from Vavr only {@code Either} and {@code Validation} as its return type or
   * the type of a parameter (raw types: a {@code Seq} inside {@code Validation<Seq<Problem>, T>}
   * is a type argument and allowed). Members marked {@code @Deprecated}, kept only for
   * compatibility, are exempt.
   *
   * @param packages package patterns, e.g. {@code "pl.lsw.core.kernel.."}
   * @return the rule
   */
  public static ArchRule vavrOnlyAsOutcomes(String... packages) {
    return codeUnits()
        .that().arePublic()
        .and().areDeclaredInClassesThat().arePublic()
        .and().areDeclaredInClassesThat().resideInAnyPackage(packages)
        .and(notDeprecated())
        .should(nameVavrOnlyAsOutcomes())
        .as("public signatures in " + String.join(", ", packages)
            + " use from Vavr only Either and Validation (java.util for data)");
  }

  private static DescribedPredicate<JavaCodeUnit> notDeprecated() {
    return DescribedPredicate.describe("are not deprecated",
        unit -> !unit.isAnnotatedWith(Deprecated.class)
            && !unit.getOwner().isAnnotatedWith(Deprecated.class));
  }

  private static ArchCondition<JavaCodeUnit> nameVavrOnlyAsOutcomes() {
    return new ArchCondition<>("name from Vavr only Either and Validation") {
      @Override
      public void check(JavaCodeUnit unit, ConditionEvents events) {
        List<JavaClass> named = new ArrayList<>(unit.getRawParameterTypes());
        named.add(unit.getRawReturnType());
        for (JavaClass type : named) {
          String name = type.getName();
          if (name.startsWith("io.vavr.") && !VAVR_OUTCOMES.contains(name)) {
            events.add(SimpleConditionEvent.violated(unit,
                unit.getFullName() + " names " + name + " in its signature"));
          }
        }
      }
    };
  }
}
