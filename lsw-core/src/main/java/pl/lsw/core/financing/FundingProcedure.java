package pl.lsw.core.financing;

import pl.lsw.core.kernel.TextChecks;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;
import java.util.regex.Pattern;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Problem;

/**
 * A procedure by which a public body pays an organisation to carry out a public task: an open
 * competition (in support or entrusting mode), a small grant outside a competition, cooperative
 * problem solving, an own-initiative proposal, and any procedure added later.
 *
 * <p>The notion is open: a procedure is identified by its stable {@link #code()} (upper case letters,
 * digits and underscores), and two procedures with the same code are equal. The built-in procedures
 * are the constants of this class. A new procedure (for example a public–social partnership or a
 * negotiated procedure) is added by declaring one more constant with {@link #of(String, String, String)},
 * in this class or in the embedding system; nothing else changes, because no code switches over a
 * closed list of procedures — what a procedure permits is decided by the rules that are written
 * for it. {@link #PUBLIC_SOCIAL_PARTNERSHIP} and {@link #NEGOTIATION} are declared already so that
 * stored data can name them, although no rules check them yet.
 *
 * <p>Polish: <i>tryb zlecania zadania publicznego</i>.
 */
public final class FundingProcedure implements pl.lsw.core.kernel.Displayable {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

  /** Open competition, support mode (UDPP art. 11 ust. 2, art. 13). Polish: <i>otwarty konkurs ofert – wspieranie</i>. */
  public static final FundingProcedure OPEN_COMPETITION_SUPPORT =
      new FundingProcedure("OPEN_COMPETITION_SUPPORT", "otwarty konkurs ofert – wspieranie", "open competition – support");

  /** Open competition, entrusting mode (UDPP art. 11 ust. 2, art. 13). Polish: <i>otwarty konkurs ofert – powierzanie</i>. */
  public static final FundingProcedure OPEN_COMPETITION_ENTRUSTING =
      new FundingProcedure("OPEN_COMPETITION_ENTRUSTING", "otwarty konkurs ofert – powierzanie", "open competition – entrusting");

  /** Small grant outside a competition (UDPP art. 19a). Polish: <i>mały grant (tryb pozakonkursowy)</i>. */
  public static final FundingProcedure SMALL_GRANT =
      new FundingProcedure("SMALL_GRANT", "mały grant (art. 19a)", "small grant (art. 19a)");

  /**
   * Cooperative problem solving: a set of tasks contracted to a partnership of organisations for a
   * problem the local government defined. Polish: <i>kooperacyjne rozwiązywanie problemów</i>.
   */
  public static final FundingProcedure COOPERATIVE_PROBLEM_SOLVING =
      new FundingProcedure("COOPERATIVE_PROBLEM_SOLVING", "kooperacyjne rozwiązywanie problemów", "cooperative problem solving");

  /** An organisation's own-initiative proposal (UDPP art. 12). Polish: <i>inicjatywa własna organizacji</i>. */
  public static final FundingProcedure OWN_INITIATIVE =
      new FundingProcedure("OWN_INITIATIVE", "inicjatywa własna (art. 12)", "own initiative (art. 12)");

  /** Public–social partnership (reserved; no rules yet). Polish: <i>partnerstwo publiczno-społeczne</i>. */
  public static final FundingProcedure PUBLIC_SOCIAL_PARTNERSHIP =
      new FundingProcedure("PUBLIC_SOCIAL_PARTNERSHIP", "partnerstwo publiczno-społeczne", "public–social partnership");

  /** Negotiated procedure (reserved; no rules yet). Polish: <i>tryb negocjacyjny</i>. */
  public static final FundingProcedure NEGOTIATION =
      new FundingProcedure("NEGOTIATION", "tryb negocjacyjny", "negotiated procedure");

  private static final List<FundingProcedure> BUILT_IN = List.of(OPEN_COMPETITION_SUPPORT,
      OPEN_COMPETITION_ENTRUSTING, SMALL_GRANT, COOPERATIVE_PROBLEM_SOLVING, OWN_INITIATIVE,
      PUBLIC_SOCIAL_PARTNERSHIP, NEGOTIATION);

  private final String code;
  private final String polishName;
  private final String englishName;

  private FundingProcedure(String code, String polishName, String englishName) {
    this.code = code;
    this.polishName = polishName;
    this.englishName = englishName;
  }

  /**
   * A procedure with the given code and its names in both languages, or every problem with them.
   *
   * @param code upper case letters, digits and underscores, starting with a letter, 2–64 characters
   * @param polishName the Polish name, not blank
   * @param englishName the English name, not blank
   * @return the procedure, or every problem
   */
  public static Validation<Seq<Problem>, FundingProcedure> validate(String code, String polishName,
      String englishName) {
    List<Problem> problems = List.empty();
    if (code == null || !CODE.matcher(code).matches()) {
      problems = problems.append(FinancingProblems.PROBLEMS.problem("", "FUNDING_PROCEDURE_CODE",
          "code", code));
    }
    if (polishName == null || TextChecks.isBlank(polishName)) {
      problems = problems.append(FinancingProblems.PROBLEMS.problem("polishName",
          "FUNDING_PROCEDURE_NAME"));
    }
    if (englishName == null || TextChecks.isBlank(englishName)) {
      problems = problems.append(FinancingProblems.PROBLEMS.problem("englishName",
          "FUNDING_PROCEDURE_NAME"));
    }
    return problems.isEmpty()
        ? Validation.valid(new FundingProcedure(code, polishName.trim(), englishName.trim()))
        : Validation.invalid(problems);
  }

  /**
   * A procedure with the given code and names; use it to declare a new procedure.
   *
   * @param code upper case letters, digits and underscores, starting with a letter, 2–64 characters
   * @param polishName the Polish name, not blank
   * @param englishName the English name, not blank
   * @return the procedure
   * @throws InvalidInputException listing every problem with the code and names
   */
  public static FundingProcedure of(String code, String polishName, String englishName) {
    Validation<Seq<Problem>, FundingProcedure> v = validate(code, polishName, englishName);
    if (v.isInvalid()) {
      throw new InvalidInputException(v.getError());
    }
    return v.get();
  }

  /** The built-in procedures, in the order declared above. */
  public static java.util.List<FundingProcedure> builtIn() {
    return BUILT_IN.asJava();
  }

  /**
   * The built-in procedure with this code, or, for an unknown code, a procedure of that code named
   * by its code (so that data naming a procedure added elsewhere is kept, not lost).
   *
   * @throws InvalidInputException when the code is malformed
   */
  public static FundingProcedure ofCode(String code) {
    return BUILT_IN.find(p -> p.code.equals(code)).getOrElse(() -> of(code, code, code));
  }

  /** The stable code, e.g. {@code SMALL_GRANT}; what storage keeps. */
  public String code() {
    return code;
  }

  /** The Polish name, e.g. <i>mały grant (art. 19a)</i>. */
  @Override
  public String polishName() {
    return polishName;
  }

  /** The English name, e.g. <i>small grant (art. 19a)</i>. */
  @Override
  public String englishName() {
    return englishName;
  }

  /** Equal when the codes are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof FundingProcedure && ((FundingProcedure) o).code.equals(code);
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
