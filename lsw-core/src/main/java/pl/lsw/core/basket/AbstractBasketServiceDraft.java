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
import pl.lsw.core.initiative.AccessConditionsDraft;
import pl.lsw.core.initiative.ParticipantCost;
import pl.lsw.core.initiative.ReferralRule;
import pl.lsw.core.initiative.TargetGroup;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.kernel.TextChecks;
import pl.lsw.core.organisation.ContactPerson;
import pl.lsw.core.organisation.ContactPersonDraft;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.organisation.SocialServiceField;

/**
 * Raw input for a service of the Local Service Basket, as typed into a form: texts, TERYT codes
 * and the fee as text, nothing validated yet. Blank texts mean "not given". Turn it into a
 * {@link BasketService} with {@code BasketService.validate(BasketServiceId, BasketServiceDraft)}
 * ({@link #toService(BasketServiceId)}), which reports every problem at once.
 *
 * <p>Polish: <i>formularz usługi Lokalnego Koszyka Usług</i>.
 */
@Value.Immutable
abstract class AbstractBasketServiceDraft {

  /** The providing partner; required. */
  public abstract Optional<OrganisationId> provider();

  /** The service's name; required. */
  @Value.Default
  public String name() {
    return "";
  }

  /** The description. */
  @Value.Default
  public String description() {
    return "";
  }

  /** The fields of social services; at least one. */
  public abstract Set<SocialServiceField> fields();

  /** The lowest age, if any. */
  public abstract Optional<Integer> minAge();

  /** The highest age, if any. */
  public abstract Optional<Integer> maxAge();

  /** The target groups admitted; empty for any group. */
  public abstract Set<TargetGroup> targetGroups();

  /** The TERYT codes of the units served, as written. */
  public abstract List<String> territory();

  /** Referral or open access; open access when absent. */
  public abstract Optional<ReferralRule> referral();

  /** The cost; free when absent. */
  public abstract Optional<ParticipantCost> cost();

  /** The fee as written (e.g. {@code "20,00"}); absent or blank for none. */
  public abstract Optional<String> fee();

  /** The ISO 639-1 codes of the languages. */
  public abstract List<String> languages();

  /** The capacity, if known. */
  public abstract Optional<Integer> capacity();

  /** The access conditions in words. */
  @Value.Default
  public String accessDescription() {
    return "";
  }

  /** The professional contact people, in order; at least one. */
  public abstract List<ContactPersonDraft> contacts();

  /** When and where it is available, in words. */
  @Value.Default
  public String availability() {
    return "";
  }

  /** The first day offered; required. */
  public abstract Optional<LocalDate> since();

  /** The last day offered, if it ends. */
  public abstract Optional<LocalDate> until();

  /** The day last verified; required. */
  public abstract Optional<LocalDate> lastVerifiedOn();

  /**
   * The draft of an existing service, to edit and validate again. The day it was withdrawn, if
   * it was, is not part of the draft.
   *
   * @param s the service
   * @return its draft
   */
  public static BasketServiceDraft from(BasketService s) {
    AccessConditions a = s.access();
    return BasketServiceDraft.builder()
        .provider(s.provider())
        .name(s.name())
        .description(s.description().orElse(""))
        .fields(s.fields())
        .minAge(a.minAge())
        .maxAge(a.maxAge())
        .targetGroups(a.targetGroups())
        .territory(a.territory().stream().map(TerytCode::value).toList())
        .referral(a.referral())
        .cost(a.cost())
        .fee(a.fee().map(Money::formatPlain))
        .languages(a.languages())
        .capacity(a.capacity())
        .accessDescription(a.description().orElse(""))
        .contacts(s.contacts().stream().map(ContactPersonDraft::from).toList())
        .availability(s.availability().orElse(""))
        .since(s.since())
        .until(s.until())
        .lastVerifiedOn(s.lastVerifiedOn())
        .build();
  }

  /** The access conditions of this form, as their own draft. */
  public AccessConditionsDraft access() {
    return AccessConditionsDraft.builder()
        .minAge(minAge())
        .maxAge(maxAge())
        .targetGroups(targetGroups())
        .territory(territory())
        .referral(referral())
        .cost(cost())
        .fee(fee())
        .languages(languages())
        .capacity(capacity())
        .description(accessDescription())
        .build();
  }

  /**
   * Validates the draft and builds the service with the given id, collecting every problem.
   *
   * @param id the service's id
   * @return the service (not withdrawn), or every problem
   */
  public Validation<Seq<Problem>, BasketService> toService(BasketServiceId id) {
    List<Problem> problems = new ArrayList<>();
    TextChecks.requirePresent(problems, "provider", "PROVIDER", AbstractBasketService.PROVIDER,
        provider().orElse(null));
    TextChecks.requireText(problems, "name", "NAME", AbstractBasketService.NAME,
        TextChecks.present(name()).orElse(""), AbstractBasketService.MAX_NAME);
    Optional<String> name = TextChecks.present(name());
    Optional<String> description = TextChecks.present(description());
    Optional<String> availability = TextChecks.present(availability());
    AbstractBasketService.texts(problems, description, availability);
    if (fields().isEmpty()) {
      problems.add(BasketProblems.PROBLEMS.problem("fields", "FIELDS_EMPTY"));
    }

    AccessConditions access = parsed(problems, "access", access().validate()).orElse(null);

    List<ContactPerson> contacts = new ArrayList<>();
    if (contacts().isEmpty()) {
      problems.add(BasketProblems.PROBLEMS.problem("contacts", "CONTACTS_EMPTY"));
    }
    for (int i = 0; i < contacts().size(); i++) {
      parsed(problems, "contacts[" + i + "]", ContactPerson.validate(contacts().get(i)))
          .ifPresent(contacts::add);
    }
    TextChecks.requirePresent(problems, "since", "SINCE", AbstractBasketService.SINCE,
        since().orElse(null));
    TextChecks.requirePresent(problems, "lastVerifiedOn", "LAST_VERIFIED",
        AbstractBasketService.LAST_VERIFIED, lastVerifiedOn().orElse(null));
    AbstractBasketService.dates(problems, since().orElse(null), until());
    if (!problems.isEmpty()) {
      return Validation.invalid(io.vavr.collection.List.ofAll(problems));
    }
    return Validation.valid(BasketService.builder()
        .id(id)
        .provider(provider().get())
        .name(name.get())
        .description(description)
        .fields(fields())
        .access(access)
        .contacts(contacts)
        .availability(availability)
        .since(since().get())
        .until(until())
        .lastVerifiedOn(lastVerifiedOn().get())
        .build());
  }

  private static <T> Optional<T> parsed(List<Problem> problems, String path,
      Validation<Seq<Problem>, T> v) {
    if (v.isInvalid()) {
      v.getError().forEach(p -> problems.add(p.under(path)));
      return Optional.empty();
    }
    return Optional.of(v.get());
  }
}
