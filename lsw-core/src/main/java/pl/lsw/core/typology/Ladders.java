package pl.lsw.core.typology;

import java.util.List;
import java.util.Optional;

/**
 * The ladders of cooperation the library ships as data. The indicators' wording is the library's
 * own short summary of each stage, not any survey's or tool's questionnaire text.
 *
 * <ul>
 *   <li>{@link #SEED_001} (the default): network → coordination → cooperation → partnership, as
 *       the evaluation report describes them [seed 001 §2.2.3, Schemat 4]. The report credits the
 *       ladder to Huxham; in Huxham's edited book <i>Creating Collaborative Advantage</i> (1996) it
 *       is Himmelman's chapter, shipped as {@link #HIMMELMAN}.
 *   <li>{@link #HIMMELMAN}: networking → coordinating → cooperating → collaborating, each adding
 *       one activity to the one before.
 *   <li>{@link #FREY_2006}: Frey, Lohmeier, Lee and Tollefson (2006), five levels networking →
 *       cooperation → coordination → coalition → collaboration; in their scale each partner rates
 *       every other from 0 (no interaction) to 5, so ratings are directed ({@link
 *       DirectedRating}).
 *   <li>{@link #PARTNER_TOOL}: the PARTNER tool's awareness → cooperation → coordination →
 *       integration.
 * </ul>
 *
 * <p>Polish: <i>drabiny współpracy dostarczane z biblioteką</i>.
 */
public final class Ladders {

  /**
   * The seed's ladder. Network: exchanging information. Coordination: adjusting each
   * organisation's activities to the others'. Cooperation: joint planning that changes the forms
   * of work. Partnership: mutual knowledge and trust, openness to change, mutual learning.
   */
  public static final Ladder SEED_001 = Ladder.of("LSW_001",
      "Stopnie współpracy w LSW (raport ewaluacyjny Praskiego Kokonu)",
      "Stages of cooperation in an LSW (Praski Kokon evaluation report)",
      "001 §2.2.3, Schemat 4 (przypisane tam Huxham)",
      LadderStage.of("NETWORK", "sieć", "network",
          Indicator.of("INFORMATION_EXCHANGE", "wymiana informacji", "exchanging information")),
      LadderStage.of("COORDINATION", "koordynacja", "coordination",
          Indicator.of("MUTUAL_ADJUSTMENT", "dopasowywanie działań do siebie nawzajem",
              "adjusting activities to each other")),
      LadderStage.of("COOPERATION", "kooperacja", "cooperation",
          Indicator.of("JOINT_PLANNING", "wspólne planowanie zmieniające formy pracy",
              "joint planning that changes the forms of work")),
      LadderStage.of("PARTNERSHIP", "partnerska współpraca", "partnership",
          Indicator.of("MUTUAL_TRUST", "wzajemna znajomość i zaufanie",
              "mutual knowledge and trust"),
          Indicator.of("OPENNESS_TO_CHANGE", "otwarcie na zmianę", "openness to change"),
          Indicator.of("MUTUAL_LEARNING", "wzajemne uczenie się", "mutual learning")));

  /** Himmelman's four strategies, each adding to the previous. */
  public static final Ladder HIMMELMAN = Ladder.of("HIMMELMAN",
      "Strategie współpracy według Himmelmana", "Himmelman's collaboration strategies",
      "Himmelman, w: C. Huxham (red.), Creating Collaborative Advantage, 1996",
      LadderStage.of("NETWORKING", "sieciowanie", "networking",
          Indicator.of("EXCHANGING_INFORMATION", "wymiana informacji dla wspólnej korzyści",
              "exchanging information for mutual benefit")),
      LadderStage.of("COORDINATING", "koordynowanie", "coordinating",
          Indicator.of("ALTERING_ACTIVITIES", "zmiana własnych działań dla wspólnego celu",
              "altering one's activities for a common purpose")),
      LadderStage.of("COOPERATING", "kooperowanie", "cooperating",
          Indicator.of("SHARING_RESOURCES", "dzielenie się zasobami", "sharing resources")),
      LadderStage.of("COLLABORATING", "współdziałanie", "collaborating",
          Indicator.of("ENHANCING_CAPACITY", "wzmacnianie możliwości partnera",
              "enhancing the other's capacity")));

  /** Frey et al. 2006: five levels, rated 0–5 by each partner of each other. */
  public static final Ladder FREY_2006 = Ladder.of("FREY_2006",
      "Poziomy współpracy według Frey i in.", "Levels of collaboration after Frey et al.",
      "Frey, Lohmeier, Lee, Tollefson, American Journal of Evaluation, 2006",
      LadderStage.of("NETWORKING", "sieciowanie", "networking",
          Indicator.of("AWARE_OF_EACH_OTHER", "partnerzy wiedzą o sobie i czasem się kontaktują",
              "partners know of each other and are occasionally in touch")),
      LadderStage.of("COOPERATION", "kooperacja", "cooperation",
          Indicator.of("REGULAR_INFORMATION", "regularne przekazywanie sobie informacji",
              "passing information to each other regularly")),
      LadderStage.of("COORDINATION", "koordynacja", "coordination",
          Indicator.of("SHARED_RESOURCES_AND_ROLES", "podział ról i część wspólnych zasobów",
              "agreed roles and some shared resources")),
      LadderStage.of("COALITION", "koalicja", "coalition",
          Indicator.of("SHARED_DECISIONS", "wspólne decyzje i wspólne zasoby",
              "joint decisions and pooled resources")),
      LadderStage.of("COLLABORATION", "współdziałanie", "collaboration",
          Indicator.of("ONE_SYSTEM", "działanie jak jeden system, decyzje w drodze konsensusu",
              "acting as one system, deciding by consensus")));

  /** The PARTNER tool's four levels. */
  public static final Ladder PARTNER_TOOL = Ladder.of("PARTNER_TOOL",
      "Poziomy współpracy w narzędziu PARTNER", "Levels of collaboration in the PARTNER tool",
      "PARTNER (Program to Analyze, Record, and Track Networks to Enhance Relationships)",
      LadderStage.of("AWARENESS", "świadomość", "awareness",
          Indicator.of("KNOWS_THE_PARTNER", "wiedza o partnerze i jego działaniach",
              "knowing of the partner and what it does")),
      LadderStage.of("COOPERATIVE", "kooperacja", "cooperation",
          Indicator.of("INFORMAL_EXCHANGE", "nieformalna wymiana informacji i wsparcia",
              "informal exchange of information and support")),
      LadderStage.of("COORDINATED", "koordynacja", "coordination",
          Indicator.of("PLANNED_TOGETHER", "wspólnie uzgadniane działania",
              "activities agreed and planned together")),
      LadderStage.of("INTEGRATED", "integracja", "integration",
          Indicator.of("SHARED_MISSION", "wspólne cele, zasoby i struktury działania",
              "shared goals, resources and ways of working")));

  private Ladders() {}

  /** @return every shipped ladder, the default first */
  public static List<Ladder> all() {
    return List.of(SEED_001, HIMMELMAN, FREY_2006, PARTNER_TOOL);
  }

  /** @return the default ladder, {@link #SEED_001} */
  public static Ladder defaultLadder() {
    return SEED_001;
  }

  /**
   * A shipped ladder by its code.
   *
   * @param code the code, e.g. {@code "HIMMELMAN"}
   * @return the ladder, if shipped
   */
  public static Optional<Ladder> byCode(String code) {
    return all().stream().filter(l -> l.code().equals(code)).findFirst();
  }
}
