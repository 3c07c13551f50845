package pl.lsw.core.financing.competition;

import pl.lsw.core.kernel.MessageBundle;

/**
 * The message bundle of the competition, contract, cooperative, own-initiative and programme
 * rules: {@value #BUNDLE}{@code .properties} (Polish) and {@code _en} (English).
 *
 * <p>Polish: <i>komunikaty reguł konkursów i umów</i>.
 */
public final class FinancingMessages {

  /** The base name of the bundle. */
  public static final String BUNDLE = "pl/lsw/core/financing/competition/messages";

  /** The bundle. */
  public static final MessageBundle MESSAGES = MessageBundle.of(FinancingMessages.class, BUNDLE);

  private FinancingMessages() {}
}
