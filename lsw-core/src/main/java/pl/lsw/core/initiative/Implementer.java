package pl.lsw.core.initiative;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.TextChecks;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.organisation.Sector;

/**
 * Who carries out an offer of the map: an organisation of the registry, named by its id, or an
 * organisation outside it, described by its name, sector and contact.
 *
 * <p>Polish: <i>realizator (dane realizatora)</i>.
 */
public sealed interface Implementer permits Implementer.Registered, Implementer.Outside {

  /** The longest name or contact accepted for an outside implementer. */
  int MAX_TEXT = 500;

  /** The outside implementer's name, as named in problems. */
  Label NAME = Label.of("Nazwa realizatora", "The implementer's name");
  /** The outside implementer's contact, as named in problems. */
  Label CONTACT = Label.of("Kontakt do realizatora", "The implementer's contact");
  /** The outside implementer's sector, as named in problems. */
  Label SECTOR = Label.of("Sektor realizatora", "The implementer's sector");

  /** An organisation of the registry. */
  static Implementer registered(OrganisationId organisation) {
    return new Registered(organisation);
  }

  /**
   * An outside organisation from raw input (texts are trimmed), or every problem: name and
   * contact required, trimmed, at most {@value #MAX_TEXT} characters; sector required.
   */
  static Validation<Seq<Problem>, Implementer> outside(String name, Sector sector, String contact) {
    String n = name == null ? "" : TextChecks.strip(name);
    String c = contact == null ? "" : TextChecks.strip(contact);
    List<Problem> problems = Outside.problemsOf(n, sector, c);
    return problems.isEmpty()
        ? Validation.valid(new Outside(n, sector, c))
        : Validation.invalid(io.vavr.collection.List.ofAll(problems));
  }

  /**
   * An organisation of the registry. Polish: <i>organizacja z rejestru</i>.
   *
   * @param organisation its id in the registry
   */
  record Registered(OrganisationId organisation) implements Implementer {
    /** Refuses null. */
    public Registered {
      Objects.requireNonNull(organisation, "organisation");
    }
  }

  /**
   * An organisation outside the registry. Polish: <i>realizator spoza rejestru</i>.
   *
   * @param name its name, e.g. {@code "Parafia św. Jana"}
   * @param sector the sector it comes from
   * @param contact how to reach it as an institution (an office's e-mail, phone or address)
   */
  record Outside(String name, Sector sector, String contact) implements Implementer {
    /** Checks every rule at once; throws {@link InvalidInputException} listing the broken ones. */
    public Outside {
      List<Problem> problems = problemsOf(name, sector, contact);
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
    }

    static List<Problem> problemsOf(String name, Sector sector, String contact) {
      List<Problem> problems = new ArrayList<>();
      TextChecks.requireText(problems, "name", "IMPLEMENTER_NAME", NAME, name, MAX_TEXT);
      TextChecks.requirePresent(problems, "sector", "IMPLEMENTER_SECTOR", SECTOR, sector);
      TextChecks.requireText(problems, "contact", "IMPLEMENTER_CONTACT", CONTACT, contact, MAX_TEXT);
      return problems;
    }
  }
}
