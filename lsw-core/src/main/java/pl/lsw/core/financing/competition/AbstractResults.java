package pl.lsw.core.financing.competition;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import pl.lsw.core.kernel.Money;

/**
 * The results of a competition (UDPP art. 15 ust. 2h–2j): the day the President chose the offers
 * and the grants awarded.
 *
 * <p>Polish: <i>rozstrzygnięcie konkursu</i>.
 */
@Value.Immutable
abstract class AbstractResults {

  /** The day the offers were chosen. */
  public abstract LocalDate decidedOn();

  /** The grants awarded, in the order given. */
  public abstract List<Award> awards();

  /** The sum of the awarded grants. */
  public Money totalAwarded() {
    Money sum = Money.ZERO;
    for (Award a : awards()) {
      sum = sum.add(a.grant());
    }
    return sum;
  }
}
