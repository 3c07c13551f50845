package pl.lsw.core.evaluation.instrument;

import pl.lsw.core.kernel.Displayable;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.rules.SourceReference;

/**
 * The dimensions on which seed 001 Tabela 5 compares a traditional organisation with a learning
 * partnership, each with a short name and the two poles, in Polish and English paraphrase. The
 * name of each constant is its stable code. {@link LearningProfile} places a partnership on each.
 *
 * <p>Polish: <i>wymiar porównania organizacji tradycyjnej i partnerstwa uczącego się</i>.
 */
public enum LearningDimension implements Displayable {
  /** Polish: <i>błędy</i>. */
  MISTAKES(Label.of("błędy", "mistakes"),
      Label.of("karanie za błędy", "mistakes are punished"),
      Label.of("uczenie się na błędach", "mistakes are learnt from")),
  /** Polish: <i>procedury</i>. */
  PROCEDURES(Label.of("procedury", "procedures"),
      Label.of("stałe procedury", "fixed procedures"),
      Label.of("procedury dostosowane do sytuacji", "procedures fitted to the situation")),
  /** Polish: <i>podział zadań</i>. */
  TASKS(Label.of("podział zadań", "tasks"),
      Label.of("kierownik rozdziela zadania i sprawdza wykonanie",
          "a manager hands out tasks and checks them"),
      Label.of("specjaliści samodzielnie realizują zadania ustalone w zespole",
          "specialists carry out on their own the tasks agreed in the team")),
  /** Polish: <i>sposób kierowania</i>. */
  CONTROL(Label.of("sposób kierowania", "direction"),
      Label.of("polecenia i kontrola", "orders and control"),
      Label.of("podwójna decentralizacja: na partnerów i na specjalistów",
          "double decentralisation: to partners, then to specialists")),
  /** Polish: <i>ryzyko</i>. */
  RISK(Label.of("ryzyko", "risk"),
      Label.of("unikanie ryzyka, ostrożność według instrukcji",
          "risk avoided, caution by the rule book"),
      Label.of("podejmowanie ryzyka w ramach ogólnych procedur",
          "risks taken within general procedures")),
  /** Polish: <i>eksperymentowanie</i>. */
  EXPERIMENTS(Label.of("eksperymentowanie", "experimenting"),
      Label.of("odradzanie eksperymentów", "experiments discouraged"),
      Label.of("zachęcanie do eksperymentów", "experiments encouraged")),
  /** Polish: <i>wprowadzanie zmian</i>. */
  CHANGE(Label.of("wprowadzanie zmian", "change"),
      Label.of("zmiany dopiero po załamaniu dotychczasowych form",
          "change only once the old ways break down"),
      Label.of("zmiany w miarę potrzeb, częsta refleksja nad metodami",
          "change as needed, frequent reflection on methods")),
  /** Polish: <i>refleksja nad skutecznością</i>. */
  REFLECTION(Label.of("refleksja nad skutecznością", "reflection on effectiveness"),
      Label.of("zniechęcanie do kwestionowania skuteczności",
          "questioning effectiveness discouraged"),
      Label.of("stała refleksja nad sensem i skutecznością działań",
          "constant reflection on the sense and effect of the work")),
  /** Polish: <i>nowe rozwiązania kadry</i>. */
  STAFF_IDEAS(Label.of("pomysły kadry", "staff ideas"),
      Label.of("zniechęcanie kadry do proponowania rozwiązań", "staff ideas discouraged"),
      Label.of("zachęcanie kadry do proponowania rozwiązań", "staff ideas encouraged")),
  /** Polish: <i>podejmowanie decyzji</i>. */
  DECISIONS(Label.of("podejmowanie decyzji", "decisions"),
      Label.of("decyzje według procedur, czasem intuicji",
          "decisions by procedure, sometimes by hunch"),
      Label.of("decyzje po namyśle zespołu, na podstawie danych",
          "decisions after team deliberation, on evidence")),
  /** Polish: <i>współpraca między działami</i>. */
  COOPERATION(Label.of("współpraca", "cooperation"),
      Label.of("utrudniona współpraca między działami", "cooperation between units hindered"),
      Label.of("ścisła współpraca specjalistów i organizacji partnerskich",
          "close cooperation of specialists and partner organisations"));

  /** The seed table the dimensions come from: seed 001 Tabela 5. */
  public static final SourceReference SOURCE = SourceReference.seed("001", "Tabela 5");

  private final Label title;
  private final Label traditional;
  private final Label learning;

  LearningDimension(Label title, Label traditional, Label learning) {
    this.title = title;
    this.traditional = traditional;
    this.learning = learning;
  }

  /** @return the stable code, the constant's name */
  public String code() {
    return name();
  }

  /** @return the dimension's short name */
  public Label title() {
    return title;
  }

  /** @return the traditional organisation's pole */
  public Label traditional() {
    return traditional;
  }

  /** @return the learning partnership's pole */
  public Label learning() {
    return learning;
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
