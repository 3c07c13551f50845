package pl.lsw.core.rules;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Identifier strings as they were typed or imported, not yet validated: the subject of the
 * kernel's identifier rules ({@link KernelRules}). Each is optional; an absent identifier is not
 * checked, a present one (even blank) is.
 *
 * <p>Build with {@code RawIdentifiers.builder().nip("856-734-62-15").regon("192598184").build()}.
 *
 * <p>Polish: <i>identyfikatory w postaci wprowadzonej (NIP, REGON, KRS, TERYT)</i>.
 */
@Value.Immutable
abstract class AbstractRawIdentifiers {

  /** The NIP as written (Polish: <i>numer identyfikacji podatkowej</i>). */
  public abstract Optional<String> nip();

  /** The REGON as written (Polish: <i>numer identyfikacyjny REGON</i>). */
  public abstract Optional<String> regon();

  /** The KRS number as written (Polish: <i>numer w Krajowym Rejestrze Sądowym</i>). */
  public abstract Optional<String> krs();

  /** The TERYT (TERC) code as written (Polish: <i>identyfikator jednostki podziału terytorialnego</i>). */
  public abstract Optional<String> teryt();
}
