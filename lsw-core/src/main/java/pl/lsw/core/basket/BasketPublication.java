package pl.lsw.core.basket;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import pl.lsw.core.initiative.AccessConditions;
import pl.lsw.core.initiative.ParticipantCost;
import pl.lsw.core.initiative.ReferralRule;
import pl.lsw.core.initiative.TargetGroup;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.organisation.ContactPerson;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.organisation.SocialServiceField;

/**
 * The Local Service Basket in force on a day, for publication (seed 004: kept current and made
 * available on the websites of the leader and the partners): the services grouped by partner,
 * then by field of social services, each with its description, availability, the days offered,
 * the access conditions in words and its professional contact people, as plain text in Polish or
 * English. A service in several fields is listed under each. It holds nothing personal about
 * families: a basket has no such data.
 *
 * <p>Immutable. Polish: <i>publikacja Lokalnego Koszyka Usług</i>.
 */
public final class BasketPublication {

  private static final Label TITLE = Label.of("Lokalny Koszyk Usług / Lista Aktywności i Usług",
      "Local Service Basket / List of Activities and Services");
  private static final Label AS_OF = Label.of("stan na dzień", "as of");
  private static final Label EMPTY = Label.of("Brak usług obowiązujących w tym dniu.",
      "No service is in force on this day.");
  private static final Label DESCRIPTION = Label.of("Opis", "Description");
  private static final Label AVAILABILITY = Label.of("Dostępność", "Availability");
  private static final Label OFFERED = Label.of("Oferowana", "Offered");
  private static final Label FROM = Label.of("od", "from");
  private static final Label UNTIL = Label.of("do", "until");
  private static final Label ACCESS = Label.of("Warunki dostępu", "Access conditions");
  private static final Label AGE = Label.of("wiek (w latach)", "age (years)");
  private static final Label AND_OVER = Label.of("i więcej", "and over");
  private static final Label UP_TO = Label.of("do", "up to");
  private static final Label FOR = Label.of("dla", "for");
  private static final Label TERRITORY = Label.of("obszar (TERYT)", "area (TERYT)");
  private static final Label LANGUAGES = Label.of("języki", "languages");
  private static final Label CAPACITY = Label.of("liczba miejsc", "places");
  private static final Label CONTACT = Label.of("Kontakt", "Contact");
  private static final Label VERIFIED = Label.of("Aktualność potwierdzono", "Last verified");

  private final String partnershipName;
  private final LocalDate on;
  private final List<BasketService> services;
  private final Function<OrganisationId, Optional<String>> partnerNames;

  private BasketPublication(String partnershipName, LocalDate on, List<BasketService> services,
      Function<OrganisationId, Optional<String>> partnerNames) {
    this.partnershipName = partnershipName;
    this.on = on;
    this.services = List.copyOf(services);
    this.partnerNames = partnerNames;
  }

  /**
   * The publication of a basket on a day.
   *
   * @param basket the basket
   * @param partnershipName the partnership's name, for the heading
   * @param on the day: only the services in force that day are published
   * @param partnerNames the partners' names by organisation (a missing name is shown by the
   *     organisation's id)
   * @return the publication
   */
  public static BasketPublication of(ServiceBasket basket, String partnershipName, LocalDate on,
      Function<OrganisationId, Optional<String>> partnerNames) {
    Objects.requireNonNull(partnershipName, "partnershipName");
    Objects.requireNonNull(partnerNames, "partnerNames");
    return new BasketPublication(partnershipName, on, basket.inForceOn(on), partnerNames);
  }

  /** The day published. */
  public LocalDate on() {
    return on;
  }

  /** The services published: those in force on {@link #on()}, in the basket's order. */
  public List<BasketService> services() {
    return services;
  }

  /**
   * The basket as plain text, one line per item, grouped by partner (by name) and field (in the
   * order of UCUS art. 2), services by name.
   *
   * @param locale the reader's locale: English for an English locale, Polish otherwise
   * @return the text
   */
  public String render(Locale locale) {
    StringBuilder out = new StringBuilder();
    out.append(TITLE.display(locale)).append(" — ").append(partnershipName).append('\n');
    out.append(AS_OF.display(locale)).append(' ').append(on).append('\n');
    if (services.isEmpty()) {
      out.append('\n').append(EMPTY.display(locale)).append('\n');
      return out.toString();
    }
    Map<String, List<BasketService>> byPartner = services.stream()
        .collect(Collectors.groupingBy(s -> partnerName(s.provider()), java.util.TreeMap::new,
            Collectors.toList()));
    for (Map.Entry<String, List<BasketService>> partner : byPartner.entrySet()) {
      out.append('\n').append("== ").append(partner.getKey()).append(" ==\n");
      Map<SocialServiceField, List<BasketService>> byField = new LinkedHashMap<>();
      for (SocialServiceField field : EnumSet.allOf(SocialServiceField.class)) {
        List<BasketService> inField = partner.getValue().stream()
            .filter(s -> s.fields().contains(field))
            .sorted(Comparator.comparing(BasketService::name)).toList();
        if (!inField.isEmpty()) {
          byField.put(field, inField);
        }
      }
      for (Map.Entry<SocialServiceField, List<BasketService>> field : byField.entrySet()) {
        out.append("-- ").append(field.getKey().display(locale)).append(" --\n");
        for (BasketService s : field.getValue()) {
          service(out, s, locale);
        }
      }
    }
    return out.toString();
  }

  private String partnerName(OrganisationId provider) {
    return partnerNames.apply(provider).orElse(provider.toString());
  }

  private static void service(StringBuilder out, BasketService s, Locale locale) {
    out.append("* ").append(s.name()).append('\n');
    s.description().ifPresent(d -> line(out, DESCRIPTION, locale, d));
    s.availability().ifPresent(a -> line(out, AVAILABILITY, locale, a));
    line(out, OFFERED, locale, FROM.display(locale) + " " + s.since()
        + s.until().map(u -> " " + UNTIL.display(locale) + " " + u).orElse(""));
    line(out, ACCESS, locale, access(s.access(), locale));
    for (ContactPerson c : s.contacts()) {
      line(out, CONTACT, locale, c.name() + " (" + c.role() + ")"
          + c.email().map(e -> ", " + e).orElse("") + c.phone().map(p -> ", " + p).orElse(""));
    }
    line(out, VERIFIED, locale, s.lastVerifiedOn().toString());
  }

  private static void line(StringBuilder out, Label label, Locale locale, String text) {
    out.append("  ").append(label.display(locale)).append(": ").append(text).append('\n');
  }

  /**
   * The access conditions in words, e.g. {@code "wiek (w latach): 6–18; dla: dzieci; dostęp
   * otwarty; bezpłatnie"}.
   *
   * @param a the conditions
   * @param locale the reader's locale
   * @return the words
   */
  public static String access(AccessConditions a, Locale locale) {
    List<String> parts = new ArrayList<>();
    if (a.minAge().isPresent() && a.maxAge().isPresent()) {
      parts.add(AGE.display(locale) + ": " + a.minAge().get() + "–" + a.maxAge().get());
    } else if (a.minAge().isPresent()) {
      parts.add(AGE.display(locale) + ": " + a.minAge().get() + " " + AND_OVER.display(locale));
    } else if (a.maxAge().isPresent()) {
      parts.add(AGE.display(locale) + ": " + UP_TO.display(locale) + " " + a.maxAge().get());
    }
    if (!a.targetGroups().isEmpty()) {
      parts.add(FOR.display(locale) + ": " + a.targetGroups().stream()
          .sorted(Comparator.comparing(TargetGroup::code)).map(g -> g.display(locale))
          .collect(Collectors.joining(", ")));
    }
    if (!a.territory().isEmpty()) {
      parts.add(TERRITORY.display(locale) + ": " + a.territory().stream().map(TerytCode::value)
          .sorted().collect(Collectors.joining(", ")));
    }
    ReferralRule referral = a.referral();
    parts.add(referral.display(locale));
    ParticipantCost cost = a.cost();
    parts.add(cost.display(locale) + a.fee().map(f -> " " + f.formatPolish()).orElse(""));
    if (!a.languages().isEmpty()) {
      parts.add(LANGUAGES.display(locale) + ": " + a.languages().stream().sorted()
          .collect(Collectors.joining(", ")));
    }
    a.capacity().ifPresent(c -> parts.add(CAPACITY.display(locale) + ": " + c));
    a.description().ifPresent(parts::add);
    return String.join("; ", parts);
  }
}
