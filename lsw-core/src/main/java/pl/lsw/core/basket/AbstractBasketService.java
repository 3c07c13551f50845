package pl.lsw.core.basket;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import pl.lsw.core.initiative.AccessConditions;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.TextChecks;
import pl.lsw.core.organisation.ContactPerson;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.organisation.SocialServiceField;

/**
 * A service of the Local Service Basket: what one partner offers families, in which fields of
 * social services, on which conditions of access, whom to contact about it, when it is
 * available, from and until when it is offered, and when the partner last confirmed it is
 * current.
 *
 * <p>Polish: <i>usługa Lokalnego Koszyka Usług</i>.
 *
 * <p>Rules checked on every service, all at once, by {@code build()} (as {@link
 * pl.lsw.core.kernel.InvalidInputException}) or by {@code BasketService.validate(BasketServiceId,
 * BasketServiceDraft)}:
 *
 * <ul>
 *   <li>the name required, trimmed, at most {@value #MAX_NAME} characters ({@code NAME_EMPTY},
 *       {@code NAME_UNTRIMMED}, {@code NAME_TOO_LONG}); the description and availability, when
 *       given, trimmed and at most {@value #MAX_TEXT} characters;
 *   <li>at least one field of social services ({@code FIELDS_EMPTY});
 *   <li>at least one professional contact person ({@code CONTACTS_EMPTY}): the seed asks for the
 *       people appointed to be contacted about each service;
 *   <li>the last day offered not before the first ({@code UNTIL_BEFORE_SINCE});
 *   <li>the rules of {@link AccessConditions} and of {@link ContactPerson}.
 * </ul>
 *
 * <p>The service holds no personal data of families; its contact people are professionals of
 * the provider. Immutable: collections are copied.
 */
@Value.Immutable
abstract class AbstractBasketService {

  /** The longest name accepted. */
  public static final int MAX_NAME = 300;
  /** The longest descriptive text accepted. */
  public static final int MAX_TEXT = 4000;

  static final Label NAME = Label.of("Nazwa usługi", "The service's name");
  static final Label DESCRIPTION = Label.of("Opis usługi", "The service's description");
  static final Label AVAILABILITY = Label.of("Dostępność (kiedy i gdzie)",
      "The availability (when and where)");
  static final Label PROVIDER = Label.of("Partner świadczący usługę", "The providing partner");
  static final Label SINCE = Label.of("Data rozpoczęcia oferowania", "The first day offered");
  static final Label LAST_VERIFIED = Label.of("Data ostatniego potwierdzenia aktualności",
      "The day last verified");

  /** The id. */
  public abstract BasketServiceId id();

  /** The partner that provides the service: an organisation that is a member of the partnership. */
  public abstract OrganisationId provider();

  /** The service's name, e.g. {@code "Poradnictwo rodzinne"}. */
  public abstract String name();

  /** What the service is, if described. */
  public abstract Optional<String> description();

  /** The fields of social services it belongs to (UCUS art. 2), at least one. */
  public abstract Set<SocialServiceField> fields();

  /** The conditions of access, readable by a machine. */
  @Value.Default
  public AccessConditions access() {
    return AccessConditions.builder().build();
  }

  /** The professional contact people, in the order given; at least one. */
  public abstract List<ContactPerson> contacts();

  /** When and where it is available, in words, if given (e.g. {@code "pon.–pt. 8–16"}). */
  public abstract Optional<String> availability();

  /** The first day it is offered. */
  public abstract LocalDate since();

  /** The last day it is offered, if it ends. */
  public abstract Optional<LocalDate> until();

  /** The day its provider last confirmed it is current. */
  public abstract LocalDate lastVerifiedOn();

  /**
   * The day from which it was withdrawn from the basket, if it was; not part of the draft (see
   * {@link ServiceBasket#withdrawService}).
   */
  public abstract Optional<LocalDate> withdrawnOn();

  /**
   * Whether the service is offered on a day: on or after {@link #since()}, not after {@link
   * #until()}, and before {@link #withdrawnOn()}.
   *
   * @param day the day
   * @return whether it is in force that day
   */
  public boolean inForceOn(LocalDate day) {
    return !day.isBefore(since())
        && until().map(u -> !day.isAfter(u)).orElse(true)
        && withdrawnOn().map(day::isBefore).orElse(true);
  }

  /** Whether the service was withdrawn. */
  public boolean isWithdrawn() {
    return withdrawnOn().isPresent();
  }

  /** Checks every rule at once; throws {@link InvalidInputException} listing the broken ones. */
  @Value.Check
  protected void check() {
    List<Problem> problems = new ArrayList<>();
    TextChecks.requireText(problems, "name", "NAME", NAME, name(), MAX_NAME);
    texts(problems, description(), availability());
    if (fields().isEmpty()) {
      problems.add(BasketProblems.PROBLEMS.problem("fields", "FIELDS_EMPTY"));
    }
    if (contacts().isEmpty()) {
      problems.add(BasketProblems.PROBLEMS.problem("contacts", "CONTACTS_EMPTY"));
    }
    dates(problems, since(), until());
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  static void texts(List<Problem> problems, Optional<String> description,
      Optional<String> availability) {
    TextChecks.optionalText(problems, "description", "DESCRIPTION", DESCRIPTION,
        description.orElse(null), MAX_TEXT);
    TextChecks.optionalText(problems, "availability", "AVAILABILITY", AVAILABILITY,
        availability.orElse(null), MAX_TEXT);
  }

  static void dates(List<Problem> problems, LocalDate since, Optional<LocalDate> until) {
    if (since != null && until.isPresent() && until.get().isBefore(since)) {
      problems.add(BasketProblems.PROBLEMS.problem("until", "UNTIL_BEFORE_SINCE",
          "until", until.get(), "since", since));
    }
  }

  /**
   * Validates raw input and builds the service with the given id, collecting every problem: the
   * provider (required), the texts (blank ones mean "not given"; the name is required), the
   * fields and contacts (at least one each, every contact checked: {@code contacts[0].email},
   * ...), each TERYT code of the territory ({@code access.territory[0]}, ...), the fee and the
   * other access conditions ({@code access.*}), the first day and the day last verified
   * (required) and the order of the first and last day.
   *
   * @param id the service's id
   * @param draft the raw input
   * @return the service, or every problem
   */
  public static Validation<Seq<Problem>, BasketService> validate(BasketServiceId id,
      BasketServiceDraft draft) {
    return draft.toService(id);
  }
}
