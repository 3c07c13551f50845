package pl.lsw.core.financing;

import pl.lsw.core.kernel.TextChecks;

import java.util.Locale;
import java.util.Objects;
import pl.lsw.core.kernel.Actor;
import pl.lsw.core.organisation.OrganisationId;

/**
 * A person representing an organisation towards a granting body: who files an offer or an
 * own-initiative proposal, withdraws it, or submits a report. The name is as it appears in the
 * organisation's representation (e.g. <i>Anna Nowak, prezeska zarządu</i>).
 *
 * <p>Immutable. Polish: <i>przedstawiciel organizacji (osoba uprawniona do reprezentacji)</i>.
 *
 * @param organisation the organisation represented
 * @param name the representative's name and function; not blank
 */
public record OrganisationRepresentative(OrganisationId organisation, String name) implements Actor {

  /** Refuses a missing organisation and a blank name. */
  public OrganisationRepresentative {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(name, "name");
    if (TextChecks.isBlank(name)) {
      throw new IllegalArgumentException("a representative's name is required");
    }
    java.util.List<pl.lsw.core.kernel.Problem> problems = new java.util.ArrayList<>();
    TextChecks.refusePesel(problems, "name", "REPRESENTATIVE_NAME",
        pl.lsw.core.kernel.Label.of("Imię i nazwisko przedstawiciela", "The representative's name"),
        name);
    if (!problems.isEmpty()) {
      throw new pl.lsw.core.kernel.InvalidInputException(problems);
    }
    name = name.trim();
  }

  /** E.g. {@code representative:6f1c…}; the person's name is not part of the reference. */
  @Override
  public String reference() {
    return "representative:" + organisation;
  }

  /** The representative's name and function. */
  @Override
  public String display(Locale locale) {
    return name;
  }
}
