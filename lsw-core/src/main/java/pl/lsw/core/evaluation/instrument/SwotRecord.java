package pl.lsw.core.evaluation.instrument;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.TextChecks;
import pl.lsw.core.rules.SourceReference;

/**
 * A SWOT analysis of cooperation made on a day from one {@link SwotPerspective}: its items in the
 * four quadrants. Seed 001 Tabela 3 gives the one worked out at the LSW workshops for cooperation
 * between NGOs and local government; {@link #seedTemplate()} holds it, paraphrased, as a starting
 * point ({@link #fromTemplate}).
 *
 * <p>Rules, all reported at once: a date ({@code SWOT_DATE_MISSING}) and a perspective ({@code
 * SWOT_PERSPECTIVE_MISSING}); at least one item ({@code SWOT_EMPTY}); no item twice in one quadrant
 * ({@code SWOT_ITEM_DUPLICATE}).
 *
 * <p>Immutable; stored as the date, the perspective's name and the items. Polish: <i>analiza
 * SWOT współpracy</i>.
 *
 * @param heldOn the day of the analysis
 * @param perspective whose analysis it is
 * @param items the items, in the order given
 */
public record SwotRecord(LocalDate heldOn, SwotPerspective perspective, List<SwotItem> items) {

  /** The seed table of the template: seed 001 Tabela 3. */
  public static final SourceReference SOURCE = SourceReference.seed("001", "Tabela 3");

  private static final List<SwotTemplateItem> TEMPLATE = List.of(
      t("S1", SwotQuadrant.STRENGTH, "całościowe podejście do problemu",
          "a holistic approach to the problem"),
      t("S2", SwotQuadrant.STRENGTH, "wszechstronna diagnoza", "a many-sided diagnosis"),
      t("S3", SwotQuadrant.STRENGTH, "liczba organizacji pozarządowych", "the number of NGOs"),
      t("S4", SwotQuadrant.STRENGTH, "kilka źródeł finansowania jednego problemu",
          "several sources of funding for one problem"),
      t("S5", SwotQuadrant.STRENGTH, "łączenie doświadczeń", "pooling experience"),
      t("S6", SwotQuadrant.STRENGTH, "jasne ramy: przejrzystość, bezpieczeństwo, struktura",
          "a clear frame: transparency, safety, structure"),
      t("S7", SwotQuadrant.STRENGTH, "rzetelne źródło informacji i kompetencji",
          "a reliable source of information and skills"),
      t("S8", SwotQuadrant.STRENGTH, "zaufanie społeczne", "public trust"),
      t("S9", SwotQuadrant.STRENGTH, "trafniejsza i skuteczniejsza odpowiedź na potrzeby",
          "a better aimed, more effective answer to needs"),
      t("S10", SwotQuadrant.STRENGTH, "większy wybór i dostęp do usług",
          "more choice of and access to services"),
      t("S11", SwotQuadrant.STRENGTH, "większy dostęp do środków", "more access to funds"),
      t("S12", SwotQuadrant.STRENGTH, "szersza oferta dla mieszkańców",
          "a wider offer for residents"),
      t("W1", SwotQuadrant.WEAKNESS, "myślenie „projektowe”", "\"project\" thinking"),
      t("W2", SwotQuadrant.WEAKNESS, "zmiany w administracji", "changes in the administration"),
      t("W3", SwotQuadrant.WEAKNESS, "różne „języki” branż", "each sector's own \"language\""),
      t("W4", SwotQuadrant.WEAKNESS, "pozorna integracja", "integration only for show"),
      t("W5", SwotQuadrant.WEAKNESS, "informacja rozproszona, nie w jednym miejscu",
          "information scattered, not in one place"),
      t("W6", SwotQuadrant.WEAKNESS, "silne podziały branżowe", "strong sector divides"),
      t("W7", SwotQuadrant.WEAKNESS, "duża rotacja kadr", "high staff turnover"),
      t("W8", SwotQuadrant.WEAKNESS, "ograniczenia finansowe", "limited money"),
      t("W9", SwotQuadrant.WEAKNESS, "sztywne terminy, biurokracja",
          "rigid deadlines, red tape"),
      t("W10", SwotQuadrant.WEAKNESS, "zmienne i sztywne procedury",
          "changing and rigid procedures"),
      t("W11", SwotQuadrant.WEAKNESS, "niejasny język i nadmiar dokumentów",
          "unclear wording and too many documents"),
      t("W12", SwotQuadrant.WEAKNESS, "różne godziny pracy", "different working hours"),
      t("O1", SwotQuadrant.OPPORTUNITY, "sposób zarządzania", "the way of managing"),
      t("O2", SwotQuadrant.OPPORTUNITY, "skupienie na problemie", "focus on the problem"),
      t("O3", SwotQuadrant.OPPORTUNITY, "ponadbranżowy potencjał organizacji",
          "NGOs' potential across sectors"),
      t("O4", SwotQuadrant.OPPORTUNITY, "fundusze UE", "EU funds"),
      t("O5", SwotQuadrant.OPPORTUNITY, "łatwiejszy dostęp do specjalistów",
          "easier access to specialists"),
      t("O6", SwotQuadrant.OPPORTUNITY, "trwalsza, realna zmiana społeczna",
          "real, more lasting social change"),
      t("O7", SwotQuadrant.OPPORTUNITY, "bardziej strategiczne planowanie",
          "more strategic planning"),
      t("O8", SwotQuadrant.OPPORTUNITY, "nowe kompetencje obu stron",
          "new skills for both sides"),
      t("O9", SwotQuadrant.OPPORTUNITY, "większa sprawczość i wiarygodność organizacji",
          "more agency and credibility for NGOs"),
      t("O10", SwotQuadrant.OPPORTUNITY, "trwała „reforma” wybranego działania",
          "a lasting \"reform\" of a chosen activity"),
      t("T1", SwotQuadrant.THREAT, "brak czasu, terminy", "lack of time, deadlines"),
      t("T2", SwotQuadrant.THREAT, "zmiany osób w organizacjach",
          "changes of people in organisations"),
      t("T3", SwotQuadrant.THREAT, "rotacja odbiorców", "turnover of beneficiaries"),
      t("T4", SwotQuadrant.THREAT, "myślenie „projektowe”", "\"project\" thinking"),
      t("T5", SwotQuadrant.THREAT, "trudna komunikacja między partnerami",
          "poor communication between partners"),
      t("T6", SwotQuadrant.THREAT, "sprzeczne interesy branż", "conflicting sector interests"),
      t("T7", SwotQuadrant.THREAT, "oczekiwanie sukcesu", "the expectation of success"));

  /**
   * Copies the items and checks the record.
   *
   * @param heldOn the day
   * @param perspective the perspective
   * @param items the items
   * @throws pl.lsw.core.kernel.InvalidInputException listing every problem
   */
  public SwotRecord {
    items = List.copyOf(items);
    List<Problem> problems = new ArrayList<>();
    TextChecks.requirePresent(problems, "heldOn", "SWOT_DATE",
        Label.of("data analizy", "date of the analysis"), heldOn);
    TextChecks.requirePresent(problems, "perspective", "SWOT_PERSPECTIVE",
        Label.of("perspektywa", "perspective"), perspective);
    if (items.isEmpty()) {
      problems.add(InstrumentProblems.PROBLEMS.problem("items", "SWOT_EMPTY"));
    }
    for (int i = 0; i < items.size(); i++) {
      if (items.subList(0, i).contains(items.get(i))) {
        problems.add(InstrumentProblems.PROBLEMS.problem("items[" + i + "]",
            "SWOT_ITEM_DUPLICATE", "quadrant", items.get(i).quadrant(), "text",
            items.get(i).text()));
      }
    }
    InstrumentProblems.throwIfAny(problems);
  }

  private static SwotTemplateItem t(String code, SwotQuadrant q, String pl, String en) {
    return new SwotTemplateItem(code, q, Label.of(pl, en));
  }

  /**
   * The record.
   *
   * @param heldOn the day
   * @param perspective the perspective
   * @param items the items
   * @return the record
   * @throws pl.lsw.core.kernel.InvalidInputException listing every problem
   */
  public static SwotRecord of(LocalDate heldOn, SwotPerspective perspective,
      List<SwotItem> items) {
    return new SwotRecord(heldOn, perspective, items);
  }

  /**
   * The record rebuilt from stored values.
   *
   * @param heldOn the day
   * @param perspectiveName the perspective's name, e.g. {@code "NGO"}
   * @param items the items
   * @return the record
   * @throws IllegalArgumentException when the name is unknown
   */
  public static SwotRecord of(LocalDate heldOn, String perspectiveName, List<SwotItem> items) {
    return new SwotRecord(heldOn, SwotPerspective.valueOf(perspectiveName), items);
  }

  /**
   * The record, or every problem of it.
   *
   * @param heldOn the day
   * @param perspective the perspective
   * @param items the items
   * @return the record or the problems
   */
  public static Validation<Seq<Problem>, SwotRecord> validate(LocalDate heldOn,
      SwotPerspective perspective, List<SwotItem> items) {
    return InstrumentProblems.validation(() -> new SwotRecord(heldOn, perspective, items));
  }

  /**
   * The SWOT of NGO–local-government cooperation of seed 001 Tabela 3 (12 strengths, 12
   * weaknesses, 10 opportunities, 7 threats), each item a short paraphrase in Polish and English.
   *
   * @return the template items, quadrant by quadrant in the seed's order
   */
  public static List<SwotTemplateItem> seedTemplate() {
    return TEMPLATE;
  }

  /**
   * A record holding the seed's template in one language, for a partnership to start from.
   *
   * @param heldOn the day
   * @param perspective the perspective
   * @param locale the language of the texts (Polish unless English)
   * @return the record
   */
  public static SwotRecord fromTemplate(LocalDate heldOn, SwotPerspective perspective,
      Locale locale) {
    return new SwotRecord(heldOn, perspective,
        TEMPLATE.stream().map(i -> i.toItem(locale)).toList());
  }

  /**
   * The items of a quadrant.
   *
   * @param quadrant the quadrant
   * @return its items, in the order given
   */
  public List<SwotItem> items(SwotQuadrant quadrant) {
    return items.stream().filter(i -> i.quadrant() == quadrant).toList();
  }

  /** @return the number of items in each quadrant, every quadrant included */
  public Map<SwotQuadrant, Integer> counts() {
    Map<SwotQuadrant, Integer> counts = new EnumMap<>(SwotQuadrant.class);
    Arrays.stream(SwotQuadrant.values()).forEach(q -> counts.put(q, items(q).size()));
    return Collections.unmodifiableMap(counts);
  }

  /** @return the quadrants with no item, in the order S, W, O, T */
  public List<SwotQuadrant> emptyQuadrants() {
    return Arrays.stream(SwotQuadrant.values()).filter(q -> items(q).isEmpty()).toList();
  }
}
