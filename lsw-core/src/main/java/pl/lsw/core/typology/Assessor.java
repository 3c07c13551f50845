package pl.lsw.core.typology;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import pl.lsw.core.kernel.Actor;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.TextChecks;
import pl.lsw.core.organisation.OrganisationId;

/**
 * Who assessed a relationship: an organisation ({@code organisation:<id>}) or an actor by its
 * stable {@linkplain Actor#reference() reference} (e.g. a person of the partnership or an outside
 * evaluator). Two assessments by equal assessors are the same assessor's views at two dates.
 *
 * <p>Immutable. Polish: <i>oceniający (osoba lub organizacja oceniająca relację)</i>.
 *
 * @param reference the stable, language-independent reference
 */
public record Assessor(String reference) {

  /** The longest reference accepted. */
  public static final int MAX_REFERENCE = 200;

  private static final String ORGANISATION = "organisation:";

  private static final Label WHAT = Label.of("oceniający", "assessor");

  /**
   * Refuses a blank, untrimmed or too long reference.
   *
   * @param reference the reference
   * @throws pl.lsw.core.kernel.InvalidInputException {@code ASSESSOR_EMPTY}, {@code
   *     ASSESSOR_UNTRIMMED}, {@code ASSESSOR_TOO_LONG}
   */
  public Assessor {
    List<Problem> problems = new ArrayList<>();
    TextChecks.requireText(problems, "assessor", "ASSESSOR", WHAT, reference, MAX_REFERENCE);
    TypologyProblems.throwIfAny(problems);
  }

  /**
   * An assessor given by its reference.
   *
   * @param reference the reference, e.g. {@code "evaluator:external-2021"}
   * @return the assessor
   */
  public static Assessor of(String reference) {
    return new Assessor(reference);
  }

  /**
   * An organisation as the assessor.
   *
   * @param organisation the organisation
   * @return the assessor {@code organisation:<id>}
   */
  public static Assessor organisation(OrganisationId organisation) {
    Objects.requireNonNull(organisation, "organisation");
    return new Assessor(ORGANISATION + organisation);
  }

  /**
   * An actor as the assessor.
   *
   * @param actor the actor
   * @return the assessor with the actor's reference
   */
  public static Assessor actor(Actor actor) {
    Objects.requireNonNull(actor, "actor");
    return new Assessor(actor.reference());
  }

  /**
   * The organisation, when the assessor is one ({@link #organisation}).
   *
   * @return the organisation's id; empty for another actor
   */
  public Optional<OrganisationId> organisationId() {
    if (!reference.startsWith(ORGANISATION)) {
      return Optional.empty();
    }
    return OrganisationId.parse(reference.substring(ORGANISATION.length())).toJavaOptional();
  }

  /**
   * The assessor for people: an organisation by the name {@code names} gives it, another actor
   * by its reference.
   *
   * @param names the organisations' names by id
   * @return the text
   */
  public String display(Function<OrganisationId, String> names) {
    Objects.requireNonNull(names, "names");
    return organisationId().map(names).orElse(reference);
  }

  /** @return the reference */
  @Override
  public String toString() {
    return reference;
  }
}
