package pl.lsw.core.initiative;

import pl.lsw.core.kernel.TextChecks;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;
import java.util.regex.Pattern;
import pl.lsw.core.kernel.Displayable;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Problem;

/**
 * A group of people an offer is addressed to: families with children, youth, seniors, people with
 * disabilities, people in crisis, and any group added later.
 *
 * <p>The vocabulary is controlled but open: a group is identified by its stable {@link #code()}
 * (upper case letters, digits and underscores), and two groups with the same code are equal. The
 * built-in groups are the constants of this class; a new one is declared with
 * {@link #of(String, String, String)}, here or in the embedding system. Immutable.
 *
 * <p>Polish: <i>grupa docelowa (adresaci)</i>.
 */
public final class TargetGroup implements Displayable {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

  /** Families with children. Polish: <i>rodziny z dziećmi</i>. */
  public static final TargetGroup FAMILIES_WITH_CHILDREN =
      new TargetGroup("FAMILIES_WITH_CHILDREN", "rodziny z dziećmi", "families with children");
  /** Children. Polish: <i>dzieci</i>. */
  public static final TargetGroup CHILDREN = new TargetGroup("CHILDREN", "dzieci", "children");
  /** Youth. Polish: <i>młodzież</i>. */
  public static final TargetGroup YOUTH = new TargetGroup("YOUTH", "młodzież", "youth");
  /** Parents and carers of children. Polish: <i>rodzice i opiekunowie</i>. */
  public static final TargetGroup PARENTS =
      new TargetGroup("PARENTS", "rodzice i opiekunowie", "parents and carers");
  /** Seniors. Polish: <i>seniorzy</i>. */
  public static final TargetGroup SENIORS = new TargetGroup("SENIORS", "seniorzy", "seniors");
  /** People with disabilities. Polish: <i>osoby z niepełnosprawnościami</i>. */
  public static final TargetGroup PEOPLE_WITH_DISABILITIES = new TargetGroup(
      "PEOPLE_WITH_DISABILITIES", "osoby z niepełnosprawnościami", "people with disabilities");
  /** People in crisis. Polish: <i>osoby w kryzysie</i>. */
  public static final TargetGroup PEOPLE_IN_CRISIS =
      new TargetGroup("PEOPLE_IN_CRISIS", "osoby w kryzysie", "people in crisis");
  /** Informal carers of dependent people. Polish: <i>opiekunowie faktyczni osób zależnych</i>. */
  public static final TargetGroup CARERS = new TargetGroup("CARERS",
      "opiekunowie faktyczni osób zależnych", "informal carers of dependent people");
  /** Unemployed people. Polish: <i>osoby bezrobotne</i>. */
  public static final TargetGroup UNEMPLOYED =
      new TargetGroup("UNEMPLOYED", "osoby bezrobotne", "unemployed people");
  /** Migrants and refugees. Polish: <i>migranci i uchodźcy</i>. */
  public static final TargetGroup MIGRANTS =
      new TargetGroup("MIGRANTS", "migranci i uchodźcy", "migrants and refugees");
  /** All residents. Polish: <i>wszyscy mieszkańcy</i>. */
  public static final TargetGroup ALL_RESIDENTS =
      new TargetGroup("ALL_RESIDENTS", "wszyscy mieszkańcy", "all residents");

  private static final List<TargetGroup> BUILT_IN = List.of(FAMILIES_WITH_CHILDREN, CHILDREN,
      YOUTH, PARENTS, SENIORS, PEOPLE_WITH_DISABILITIES, PEOPLE_IN_CRISIS, CARERS, UNEMPLOYED,
      MIGRANTS, ALL_RESIDENTS);

  private final String code;
  private final String polishName;
  private final String englishName;

  private TargetGroup(String code, String polishName, String englishName) {
    this.code = code;
    this.polishName = polishName;
    this.englishName = englishName;
  }

  /**
   * A group with the given code and names, or every problem with them ({@code TARGET_GROUP_CODE},
   * {@code TARGET_GROUP_NAME}).
   *
   * @param code upper case letters, digits and underscores, starting with a letter, 2–64 characters
   * @param polishName the Polish name, not blank
   * @param englishName the English name, not blank
   * @return the group, or every problem
   */
  public static Validation<Seq<Problem>, TargetGroup> validate(String code, String polishName,
      String englishName) {
    List<Problem> problems = List.empty();
    if (code == null || !CODE.matcher(code).matches()) {
      problems = problems.append(
          InitiativeProblems.PROBLEMS.problem("code", "TARGET_GROUP_CODE", "code", code));
    }
    if (polishName == null || TextChecks.isBlank(polishName)) {
      problems = problems.append(
          InitiativeProblems.PROBLEMS.problem("polishName", "TARGET_GROUP_NAME"));
    }
    if (englishName == null || TextChecks.isBlank(englishName)) {
      problems = problems.append(
          InitiativeProblems.PROBLEMS.problem("englishName", "TARGET_GROUP_NAME"));
    }
    return problems.isEmpty()
        ? Validation.valid(new TargetGroup(code, TextChecks.strip(polishName), TextChecks.strip(englishName)))
        : Validation.invalid(problems);
  }

  /**
   * A group with the given code and names; use it to extend the vocabulary.
   *
   * @param code upper case letters, digits and underscores, starting with a letter, 2–64 characters
   * @param polishName the Polish name, not blank
   * @param englishName the English name, not blank
   * @return the group
   * @throws InvalidInputException listing every problem with the code and names
   */
  public static TargetGroup of(String code, String polishName, String englishName) {
    Validation<Seq<Problem>, TargetGroup> v = validate(code, polishName, englishName);
    if (v.isInvalid()) {
      throw new InvalidInputException(v.getError());
    }
    return v.get();
  }

  /** The built-in groups, in the order declared above. */
  public static java.util.List<TargetGroup> builtIn() {
    return BUILT_IN.asJava();
  }

  /**
   * The built-in group with this code, or, for an unknown code, a group of that code named by its
   * code (so that data naming a group added elsewhere is kept).
   *
   * @throws InvalidInputException when the code is malformed
   */
  public static TargetGroup ofCode(String code) {
    return BUILT_IN.find(g -> g.code.equals(code)).getOrElse(() -> of(code, code, code));
  }

  /** The stable code, e.g. {@code SENIORS}; what storage keeps. */
  public String code() {
    return code;
  }

  /** The Polish name, e.g. <i>seniorzy</i>. */
  @Override
  public String polishName() {
    return polishName;
  }

  /** The English name, e.g. <i>seniors</i>. */
  @Override
  public String englishName() {
    return englishName;
  }

  /** Equal when the codes are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof TargetGroup && ((TargetGroup) o).code.equals(code);
  }

  /** The hash of the code. */
  @Override
  public int hashCode() {
    return Objects.hash(code);
  }

  /** The code. */
  @Override
  public String toString() {
    return code;
  }
}
