package pl.lsw.core.evaluation.instrument;

import pl.lsw.core.kernel.Displayable;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.rules.SourceReference;

/**
 * The traits of a learning partnership of seed 001 Tabela 4, each set against the attitude of a
 * traditional institution it replaces, in short paraphrases in Polish and English. The name of
 * each constant is its stable code. {@link LearningProfile} records which traits are present.
 *
 * <p>Polish: <i>cechy charakterystyczne partnerstwa uczącego się</i>.
 */
public enum LearningTrait implements Displayable {
  /** Polish: <i>wspólnie wybrana droga</i>. */
  SHARED_PATH(Label.of("idziemy drogą, którą każdy wybrał jako swoją",
          "we walk a path each partner chose as its own"),
      Label.of("idziemy drogą wyznaczoną z góry", "we follow a path set from above")),
  /** Polish: <i>jasny kierunek</i>. */
  CLEAR_DIRECTION(Label.of("wiemy, dokąd i po co idziemy", "we know where we go and why"),
      Label.of("nie wiemy dokładnie, dokąd i po co idziemy", "we are not sure where we go or why")),
  /** Polish: <i>rozumiany sens pracy</i>. */
  UNDERSTOOD_PURPOSE(Label.of("rozumiemy sens pracy, motywuje nas wspólny cel",
          "we see the sense of our work; the common goal motivates us"),
      Label.of("wykonujemy polecenia, nie jesteśmy „od myślenia”",
          "we carry out orders; thinking is not our job")),
  /** Polish: <i>wiara w osiągnięcie celu</i>. */
  CONFIDENCE(Label.of("wierzymy, że dojdziemy do celu", "we trust we will reach the goal"),
      Label.of("nie mamy pewności ani motywacji, by dojść", "we are neither sure nor keen to get there")),
  /** Polish: <i>ciągłe uczenie się</i>. */
  CONTINUOUS_LEARNING(Label.of("stale się uczymy i cieszy nas rozwój kompetencji",
          "we keep learning and enjoy growing our skills"),
      Label.of("nie musimy się uczyć, wiemy, jak pracować",
          "we need not learn; we know how to work")),
  /** Polish: <i>zmiana jako wartość</i>. */
  CHANGE_AS_VALUE(Label.of("zmiana też jest wartością", "change is a value too"),
      Label.of("nie zmieniamy tego, co dotąd działało", "we do not change what has worked so far")),
  /** Polish: <i>praca z myślą o całym partnerstwie</i>. */
  WHOLE_PARTNERSHIP(Label.of("pracujemy z myślą o całym partnerstwie",
          "we work with the whole partnership in mind"),
      Label.of("robimy swoje, bo taka jest nasza praca", "we do our own job because it is our job")),
  /** Polish: <i>determinacja w dążeniu do celu</i>. */
  DETERMINATION(Label.of("z determinacją tworzymy drogę i rozwiązania",
          "we are determined and create the path and the solutions"),
      Label.of("gdy jest trudno, zatrzymujemy się lub zawracamy",
          "when it gets hard we stop or turn back"));

  /** The seed table the traits come from: seed 001 Tabela 4. */
  public static final SourceReference SOURCE = SourceReference.seed("001", "Tabela 4");

  private final Label trait;
  private final Label traditional;

  LearningTrait(Label trait, Label traditional) {
    this.trait = trait;
    this.traditional = traditional;
  }

  /** @return the stable code, the constant's name */
  public String code() {
    return name();
  }

  /** @return the trait of a learning partnership, in Polish and English */
  public Label trait() {
    return trait;
  }

  /** @return the attitude of a traditional institution it replaces, in Polish and English */
  public Label traditional() {
    return traditional;
  }

  @Override
  public String polishName() {
    return trait.polishName();
  }

  @Override
  public String englishName() {
    return trait.englishName();
  }
}
