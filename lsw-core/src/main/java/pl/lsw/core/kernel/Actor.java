package pl.lsw.core.kernel;

/**
 * Who gives a command. Every command of every capability names its actor, so that the command can
 * be authorised and the history can say who did what. Each capability has the actors it knows:
 * a person of a partnership acting in a role, an official of a granting body, and so on.
 *
 * <p>Implementations are immutable values. Polish: <i>osoba działająca (wykonawca polecenia)</i>.
 */
public interface Actor extends Localized {

  /**
   * A stable, language-independent reference to the actor for audit records, e.g. {@code
   * person:6f1c…/TASK_TEAM_MANAGER}. It never holds a family's personal data.
   *
   * @return the reference
   */
  String reference();
}
