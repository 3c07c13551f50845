package pl.lsw.core.evaluation.instrument;

import pl.lsw.core.kernel.Displayable;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.rules.SourceReference;

/**
 * The eight principles of building a local partnership (seed 001 §3), in the seed's order, each
 * with its code (the constant's name, stable for storage), its title and a short summary in Polish
 * and English, and its source. Keeping them does not guarantee success, the seed says, but lets a
 * partnership avoid fundamental mistakes; {@link PrinciplesSelfAssessment} grades them.
 *
 * <p>Polish: <i>zasady konstruowania partnerstwa lokalnego</i>.
 */
public enum Principle implements Displayable {
  /** Polish: <i>zasada równości partnerów wobec siebie</i>. */
  EQUALITY(Label.of("równość partnerów wobec siebie", "equality of the partners"),
      Label.of("każdy partner ma te same możliwości decydowania i proponowania rozwiązań",
          "every partner has the same say in decisions and in proposing solutions")),
  /** Polish: <i>zasada konsensusu w planowaniu i solidarności we wdrażaniu</i>. */
  JOINT_PLANNING(Label.of("wspólne planowanie i decyzje, potem wspólne wdrażanie",
          "joint planning and decisions, then joint implementation"),
      Label.of("konsensus w planowaniu, solidarność we wdrażaniu",
          "consensus in planning, solidarity in implementation")),
  /** Polish: <i>zasada innowacyjności i kompleksowości podejmowanych działań</i>. */
  INNOVATION(Label.of("innowacyjność i kompleksowość działań",
          "innovative and comprehensive action"),
      Label.of("nowe rozwiązania i wszyscy partnerzy, którzy mogą skorzystać",
          "new solutions, and every partner who can benefit taking part")),
  /** Polish: <i>zasada zaufania, otwartości i jawności działań</i>. */
  TRUST(Label.of("zaufanie, otwartość i jawność działań", "trust, openness and transparency"),
      Label.of("otwarcie wyrażane oczekiwania, jawne i uzasadnione decyzje",
          "expectations stated openly, decisions open and explained")),
  /** Polish: <i>zasada łagodzenia konfliktów</i>. */
  CONFLICT_MITIGATION(Label.of("łagodzenie konfliktów", "mitigating conflicts"),
      Label.of("partnerzy, nie konkurenci; napięcia nie przeradzają się w konflikty",
          "partners, not competitors; tensions do not turn into conflicts")),
  /** Polish: <i>zasada współzależności i zgodności celów</i>. */
  INTERDEPENDENCE(Label.of("współzależność i realizacja wspólnych celów",
          "interdependence and common goals"),
      Label.of("przyjęta zależność od partnerów, z korzyściami i ryzykiem",
          "dependence on the partners accepted, with its benefits and risks")),
  /** Polish: <i>zasada odpowiedzialności</i>. */
  RESPONSIBILITY(Label.of("odpowiedzialność", "responsibility"),
      Label.of("każdy partner odpowiada za skutki swoich działań dla innych i dla rodzin",
          "each partner answers for what its work means for the others and for families")),
  /** Polish: <i>zasada ciągłego tworzenia</i>. */
  CONTINUOUS_CREATION(Label.of("ciągłe tworzenie rozwiązań i wartości",
          "continuous creation of solutions and value"),
      Label.of("wspólna refleksja nad praktyką jako źródło nowych rozwiązań",
          "joint reflection on practice as the source of new solutions"));

  /** The seed section the principles come from: seed 001 §3. */
  public static final SourceReference SOURCE = SourceReference.seed("001", "§3");

  private final Label title;
  private final Label summary;

  Principle(Label title, Label summary) {
    this.title = title;
    this.summary = summary;
  }

  /** @return the stable code, the constant's name, e.g. {@code "EQUALITY"} */
  public String code() {
    return name();
  }

  /** @return the title in Polish and English */
  public Label title() {
    return title;
  }

  /** @return a short summary in Polish and English, in this library's words */
  public Label summary() {
    return summary;
  }

  /** @return the source, seed 001 §3 */
  public SourceReference source() {
    return SOURCE;
  }

  @Override
  public String polishName() {
    return title.polishName();
  }

  @Override
  public String englishName() {
    return title.englishName();
  }
}
