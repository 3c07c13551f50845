package pl.lsw.core.financing;

import pl.lsw.core.kernel.TextChecks;

import java.util.List;
import org.immutables.value.Value;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.TerytCode;

/**
 * The public body that awards grants: the executive organ of a local government unit (a commune
 * head, mayor or city president, a voivodeship board) or a body acting for one (the board of a
 * Warsaw district, an auxiliary unit of the city), identified by its name and the
 * TERYT code of the area it governs. Two bodies are equal when all three fields are equal; the
 * cross-grant rules group a body's grants by {@link #area()}.
 *
 * <p>Build one with {@code GrantingBody.builder().name("Prezydent m.st. Warszawy")
 * .area(TerytCode.of("1465011")).kind(GrantingBodyKind.CITY_PRESIDENT).build()}.
 *
 * <p>Polish: <i>organ administracji publicznej udzielający dotacji (organ zlecający)</i>.
 */
@Value.Immutable
abstract class AbstractGrantingBody {

  /** The body's name, e.g. <i>Prezydent m.st. Warszawy</i>; not blank. */
  public abstract String name();

  /** The TERYT code of the area the body governs (commune, county or voivodeship). */
  public abstract TerytCode area();

  /** The kind of organ. */
  public abstract GrantingBodyKind kind();

  /** Refuses a blank name with an {@link InvalidInputException}. */
  @Value.Check
  protected void check() {
    if (TextChecks.isBlank(name())) {
      throw new InvalidInputException(List.of(FinancingProblems.PROBLEMS.problem("", "GRANTING_BODY_NAME")));
    }
    java.util.List<pl.lsw.core.kernel.Problem> problems = new java.util.ArrayList<>();
    TextChecks.refusePesel(problems, "name", "GRANTING_BODY_NAME",
        pl.lsw.core.kernel.Label.of("Nazwa organu", "The organ's name"), name());
    FinancingChecks.throwIfAny(problems);
  }

  /**
   * The local government unit (JST) whose executive organ this body is, as a TERYT code: for a
   * district of Warsaw or a delegation, the city; for a town or rural area of an urban-rural
   * commune, that commune; otherwise the area itself (a commune, a county or a voivodeship). The
   * yearly small-grant cap per organisation (UDPP art. 19a ust. 2) counts what one local
   * government gives, so the grants of two Warsaw district boards add up; the budget share (art.
   * 19a ust. 7, {@code FIN-SMALL-GRANT-BUDGET-SHARE}) is counted against the plan of this unit.
   */
  public TerytCode localGovernment() {
    return area().commune().orElse(area());
  }
}
