package pl.lsw.core.rules;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Percent;

/**
 * The statutory rule parameters: one constant per number in the law, with the value of the law in
 * force, and the 2025 government draft as a loadable alternative.
 *
 * <p>Sources: UDPP — ustawa z 24 kwietnia 2003 r. o działalności pożytku publicznego i o
 * wolontariacie (consolidated text Dz.U. 2023 poz. 571); UFP — ustawa z 27 sierpnia 2009 r. o
 * finansach publicznych; seed 000 — the LSW standard.
 *
 * <p><b>Validity dates.</b> All statutory values apply from {@link #BASELINE} (1 January 2010).
 * This is a documented early baseline, not the day each provision took effect: UFP 2009 took effect
 * on 1 January 2010, and art. 19a UDPP (small grants) was added in 2010, with some of its numbers
 * amended later. The library checks facts under the law in force today; a caller who must judge
 * facts before a provision took effect adds the older value with its own date ({@link
 * ParameterSet#with}).
 *
 * <p><b>Draft of 2025.</b> The government draft of May 2025 (20 000 zł per task, 40 000 zł per
 * organisation a year, 30% of the budget) is not known to be enacted. It ships as the resource
 * {@value #DRAFT_2025_RESOURCE}; {@link #draft2025(LocalDate)} loads it with a validity date the
 * caller chooses, to be laid over the statutory set with {@link ParameterSet#overlay}.
 *
 * <p>Polish: <i>parametry ustawowe</i>.
 */
public final class StatutoryParameters {

  /** The date from which the statutory values of {@link #set()} apply (see the class documentation). */
  public static final LocalDate BASELINE = LocalDate.of(2010, 1, 1);

  /** The class-path resource holding the 2025 government draft values (see {@link ParameterSetParser}). */
  public static final String DRAFT_2025_RESOURCE = "pl/lsw/core/rules/draft-2025.properties";

  /** UDPP art. 19a: the most one small grant may fund, 10 000,00 zł. */
  public static final ParameterKey<Money> SMALL_GRANT_AMOUNT_MAX = ParameterKey.of(
      "FIN-SMALL-GRANT-AMOUNT.max", ParameterTypes.MONEY,
      "najwyższa kwota dofinansowania lub finansowania zadania w trybie małego grantu (art. 19a UDPP)",
      "the most a small grant may fund or co-fund of one task (UDPP art. 19a)");

  /** UDPP art. 19a: a small-grant task lasts at most 90 days, both ends counted. */
  public static final ParameterKey<Integer> SMALL_GRANT_DURATION_MAX_DAYS = ParameterKey.of(
      "FIN-SMALL-GRANT-DURATION.maxDays", ParameterTypes.DAYS,
      "najdłuższy czas realizacji zadania w trybie małego grantu, w dniach, pierwszy i ostatni dzień włącznie",
      "the longest a small-grant task may run, in days, first and last day included");

  /** UDPP art. 19a: small grants to one organisation in one calendar year total at most 20 000,00 zł. */
  public static final ParameterKey<Money> SMALL_GRANT_YEARLY_CAP_MAX = ParameterKey.of(
      "FIN-SMALL-GRANT-YEARLY-CAP.max", ParameterTypes.MONEY,
      "najwyższa łączna kwota małych grantów dla jednej organizacji w roku kalendarzowym",
      "the most one organisation may receive in small grants in one calendar year");

  /** UDPP art. 19a: small grants in a budget year total at most 20% of the grants planned for NGOs. */
  public static final ParameterKey<Percent> SMALL_GRANT_BUDGET_SHARE_MAX = ParameterKey.of(
      "FIN-SMALL-GRANT-BUDGET-SHARE.max", ParameterTypes.PERCENT,
      "najwyższy udział małych grantów w dotacjach zaplanowanych dla organizacji w roku budżetowym",
      "the highest share of small grants in the grants planned for NGOs in a budget year");

  /** UDPP art. 19a: the offer is posted within 7 working days of its receipt. */
  public static final ParameterKey<Integer> SMALL_GRANT_PUBLICATION_WITHIN_WORKING_DAYS = ParameterKey.of(
      "FIN-SMALL-GRANT-PUBLICATION.withinWorkingDays", ParameterTypes.WORKING_DAYS,
      "termin zamieszczenia oferty od dnia jej wpływu, w dniach roboczych",
      "the offer is posted within this many working days of its receipt");

  /** UDPP art. 19a: the offer stays posted for 7 days. */
  public static final ParameterKey<Integer> SMALL_GRANT_PUBLICATION_POSTED_DAYS = ParameterKey.of(
      "FIN-SMALL-GRANT-PUBLICATION.postedDays", ParameterTypes.DAYS,
      "okres, na jaki zamieszcza się ofertę, w dniach",
      "how many days the offer stays posted");

  /** UDPP art. 19a: the offer is posted in 3 places (BIP, notice board at the seat, website). */
  public static final ParameterKey<Integer> SMALL_GRANT_PUBLICATION_PLACES = ParameterKey.of(
      "FIN-SMALL-GRANT-PUBLICATION.places", ParameterTypes.COUNT,
      "liczba miejsc publikacji oferty (BIP, tablica ogłoszeń w siedzibie organu, strona internetowa)",
      "the number of places the offer is posted in (BIP, notice board at the seat, website)");

  /** UDPP art. 19a: anyone may comment on the offer within 7 days of its posting. */
  public static final ParameterKey<Integer> SMALL_GRANT_COMMENTS_DAYS = ParameterKey.of(
      "FIN-SMALL-GRANT-COMMENTS.days", ParameterTypes.DAYS,
      "termin na zgłaszanie uwag do oferty od dnia jej zamieszczenia, w dniach",
      "days from posting within which anyone may comment on the offer");

  /** UDPP art. 13 ust. 1: the offer deadline is at least 21 days after the last publication. */
  public static final ParameterKey<Integer> COMPETITION_DEADLINE_MIN_DAYS = ParameterKey.of(
      "FIN-COMPETITION-DEADLINE.minDays", ParameterTypes.DAYS,
      "najkrótszy termin składania ofert liczony od ostatniego ogłoszenia konkursu, w dniach",
      "the least number of days between the last publication of the announcement and the offer deadline");

  /** UDPP art. 18 ust. 1–2: the final report is due within 30 days of the task's end. */
  public static final ParameterKey<Integer> REPORT_FINAL_DAYS = ParameterKey.of(
      "FIN-REPORT-FINAL.days", ParameterTypes.DAYS,
      "termin złożenia sprawozdania końcowego od dnia zakończenia zadania, w dniach",
      "days after the task's end within which the final report is due");

  /** UDPP art. 18 ust. 3: a partial report is due no earlier than 30 days after the demand. */
  public static final ParameterKey<Integer> REPORT_PARTIAL_MIN_DAYS = ParameterKey.of(
      "FIN-REPORT-PARTIAL.minDays", ParameterTypes.DAYS,
      "najkrótszy termin złożenia sprawozdania częściowego od dnia wezwania, w dniach",
      "the least number of days between a demand for a partial report and its due date");

  /** UFP art. 251 ust. 3: the unused part of a grant goes back within 15 days after the use period. */
  public static final ParameterKey<Integer> RETURN_UNUSED_DAYS = ParameterKey.of(
      "FIN-RETURN-UNUSED.days", ParameterTypes.DAYS,
      "termin zwrotu niewykorzystanej części dotacji po upływie terminu jej wykorzystania, w dniach",
      "days after the use period within which the unused part of a grant goes back");

  /**
   * UFP art. 251 ust. 1: the part of a grant unused by the end of the budget year goes back by 31
   * January of the next year.
   */
  public static final ParameterKey<MonthDay> RETURN_YEAR_END_BY = ParameterKey.of(
      "FIN-RETURN-UNUSED.yearEndBy", ParameterTypes.MONTH_DAY,
      "dzień następnego roku, do którego wraca część dotacji niewykorzystana do końca roku budżetowego",
      "the day of the next year by which the part of a grant unused by the end of the budget year goes back");

  /** UFP art. 252: a misused or excess grant goes back within 15 days of the finding. */
  public static final ParameterKey<Integer> RETURN_MISUSED_DAYS = ParameterKey.of(
      "FIN-RETURN-MISUSED.days", ParameterTypes.DAYS,
      "termin zwrotu dotacji wykorzystanej niezgodnie z przeznaczeniem, pobranej nienależnie lub w nadmiernej"
          + " wysokości, od dnia stwierdzenia, w dniach",
      "days after the finding within which a misused, undue or excess grant goes back");

  /** UDPP art. 12: the body assesses an own-initiative offer within 1 month. */
  public static final ParameterKey<Integer> OWN_INITIATIVE_MONTHS = ParameterKey.of(
      "FIN-OWN-INITIATIVE.months", ParameterTypes.MONTHS,
      "termin rozpatrzenia oferty złożonej z własnej inicjatywy, w miesiącach",
      "months within which the body assesses an offer made on the organisation's own initiative");

  /** UDPP art. 5a: the yearly cooperation programme is adopted by 30 November of the previous year. */
  public static final ParameterKey<MonthDay> PROGRAMME_ADOPTION_BY = ParameterKey.of(
      "FIN-PROGRAMME.adoptionBy", ParameterTypes.MONTH_DAY,
      "dzień roku poprzedzającego, do którego rada uchwala roczny program współpracy",
      "the day of the previous year by which the council adopts the yearly cooperation programme");

  /** UDPP art. 5a: the report on the programme is published by 31 May. */
  public static final ParameterKey<MonthDay> PROGRAMME_REPORT_BY = ParameterKey.of(
      "FIN-PROGRAMME.reportBy", ParameterTypes.MONTH_DAY,
      "dzień, do którego publikuje się sprawozdanie z realizacji programu współpracy za rok poprzedni",
      "the day by which the report on the previous year's cooperation programme is published");

  /** Seed 000 §Płaszczyzna 3: in support mode the municipal share is at most 80% (default). */
  public static final ParameterKey<Percent> SUPPORT_SHARE_MAX = ParameterKey.of(
      "FIN-SUPPORT-SHARE.max", ParameterTypes.PERCENT,
      "najwyższy udział środków gminy w koszcie zadania w trybie wspierania (domyślnie 80%)",
      "the highest municipal share of a task's cost in support mode (80% by default)");

  /**
   * Seed 000 §Kooperacyjne rozwiązanie problemu: a cooperative problem-solving contract allows a
   * "high" share of shifts between cost items. The seed names no number; the library's default is
   * 50%, a documented choice the embedder may replace with its own value and date.
   */
  public static final ParameterKey<Percent> COOP_SHIFT_SHARE_MIN = ParameterKey.of(
      "FIN-COOP-JOINT-OFFER.minShiftShare", ParameterTypes.PERCENT,
      "najniższy dopuszczalny w umowie udział przesunięć między pozycjami kosztorysu w kooperacyjnym"
          + " rozwiązywaniu problemów (\"wysoki procent przesunięć\"; domyślnie 50%)",
      "the least share of shifts between cost items a cooperative problem-solving contract must allow"
          + " (a \"high\" share; 50% by default)");

  private static final ParameterSet SET = ParameterSet.empty()
      .with(SMALL_GRANT_AMOUNT_MAX, BASELINE, Money.ofZloty(10_000))
      .with(SMALL_GRANT_DURATION_MAX_DAYS, BASELINE, 90)
      .with(SMALL_GRANT_YEARLY_CAP_MAX, BASELINE, Money.ofZloty(20_000))
      .with(SMALL_GRANT_BUDGET_SHARE_MAX, BASELINE, Percent.of(20))
      .with(SMALL_GRANT_PUBLICATION_WITHIN_WORKING_DAYS, BASELINE, 7)
      .with(SMALL_GRANT_PUBLICATION_POSTED_DAYS, BASELINE, 7)
      .with(SMALL_GRANT_PUBLICATION_PLACES, BASELINE, 3)
      .with(SMALL_GRANT_COMMENTS_DAYS, BASELINE, 7)
      .with(COMPETITION_DEADLINE_MIN_DAYS, BASELINE, 21)
      .with(REPORT_FINAL_DAYS, BASELINE, 30)
      .with(REPORT_PARTIAL_MIN_DAYS, BASELINE, 30)
      .with(RETURN_UNUSED_DAYS, BASELINE, 15)
      .with(RETURN_YEAR_END_BY, BASELINE, MonthDay.of(1, 31))
      .with(RETURN_MISUSED_DAYS, BASELINE, 15)
      .with(OWN_INITIATIVE_MONTHS, BASELINE, 1)
      .with(PROGRAMME_ADOPTION_BY, BASELINE, MonthDay.of(11, 30))
      .with(PROGRAMME_REPORT_BY, BASELINE, MonthDay.of(5, 31))
      .with(SUPPORT_SHARE_MAX, BASELINE, Percent.of(80))
      .with(COOP_SHIFT_SHARE_MIN, BASELINE, Percent.of(50));

  private StatutoryParameters() {}

  /** Every statutory key, in the order listed above. */
  public static List<ParameterKey<?>> keys() {
    return List.of(SMALL_GRANT_AMOUNT_MAX, SMALL_GRANT_DURATION_MAX_DAYS, SMALL_GRANT_YEARLY_CAP_MAX,
        SMALL_GRANT_BUDGET_SHARE_MAX, SMALL_GRANT_PUBLICATION_WITHIN_WORKING_DAYS,
        SMALL_GRANT_PUBLICATION_POSTED_DAYS, SMALL_GRANT_PUBLICATION_PLACES, SMALL_GRANT_COMMENTS_DAYS,
        COMPETITION_DEADLINE_MIN_DAYS, REPORT_FINAL_DAYS, REPORT_PARTIAL_MIN_DAYS, RETURN_UNUSED_DAYS,
        RETURN_YEAR_END_BY, RETURN_MISUSED_DAYS, OWN_INITIATIVE_MONTHS, PROGRAMME_ADOPTION_BY, PROGRAMME_REPORT_BY,
        SUPPORT_SHARE_MAX, COOP_SHIFT_SHARE_MIN);
  }

  /** The statutory values, each valid from {@link #BASELINE}. */
  public static ParameterSet set() {
    return SET;
  }

  /**
   * The 2025 government draft values (20 000,00 zł per task, 40 000,00 zł per organisation a year,
   * 30%), each valid from {@code validFrom}; lay it over the statutory set with {@code
   * ParameterSet.statutory().overlay(StatutoryParameters.draft2025(date))}.
   */
  public static ParameterSet draft2025(LocalDate validFrom) {
    return Checks.orThrow(ParameterSetParser.fromResource(
        StatutoryParameters.class, DRAFT_2025_RESOURCE, validFrom, keys()));
  }
}
