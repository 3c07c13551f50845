package pl.lsw.core.family.plan;

import java.util.Objects;
import java.util.UUID;
import pl.lsw.core.basket.BasketServiceId;
import pl.lsw.core.initiative.MapEntryId;

/**
 * Where an item of an individual plan comes from: an entry of the Initiative Bank, or a service
 * of the Local Service Basket (seed 004: the basket is the base for individual plans).
 *
 * <p>Polish: <i>źródło pozycji planu</i>.
 */
public sealed interface PlanSource permits PlanSource.BankEntry, PlanSource.BasketService {

  /**
   * The source as stable text, {@code bank:<uuid>} or {@code basket:<uuid>}.
   *
   * @return the text
   */
  String text();

  /**
   * The source written as {@link #text()}.
   *
   * @param text {@code bank:<uuid>} or {@code basket:<uuid>}
   * @return the source
   * @throws IllegalArgumentException when the text is neither
   */
  static PlanSource ofText(String text) {
    Objects.requireNonNull(text, "text");
    if (text.startsWith("bank:")) {
      return new BankEntry(MapEntryId.of(UUID.fromString(text.substring(5))));
    }
    if (text.startsWith("basket:")) {
      return new BasketService(BasketServiceId.of(UUID.fromString(text.substring(7))));
    }
    throw new IllegalArgumentException("not a plan source: " + text);
  }

  /**
   * An entry of the Initiative Bank.
   *
   * <p>Polish: <i>pozycja Banku Inicjatyw</i>.
   *
   * @param entry the entry's id
   */
  record BankEntry(MapEntryId entry) implements PlanSource {

    /** Refuses null. */
    public BankEntry {
      Objects.requireNonNull(entry, "entry");
    }

    @Override
    public String text() {
      return "bank:" + entry;
    }

    /** The text. */
    @Override
    public String toString() {
      return text();
    }
  }

  /**
   * A service of the Local Service Basket.
   *
   * <p>Polish: <i>usługa Lokalnego Koszyka Usług</i>.
   *
   * @param service the service's id
   */
  record BasketService(BasketServiceId service) implements PlanSource {

    /** Refuses null. */
    public BasketService {
      Objects.requireNonNull(service, "service");
    }

    @Override
    public String text() {
      return "basket:" + service;
    }

    /** The text. */
    @Override
    public String toString() {
      return text();
    }
  }
}
