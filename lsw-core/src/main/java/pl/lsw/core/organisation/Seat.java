package pl.lsw.core.organisation;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.TextChecks;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.kernel.TerytLevel;

/**
 * The seat of an organisation: the commune-level TERYT unit it is registered in and its postal
 * address as one text. This is the address of an organisation, never of a person.
 *
 * <p>Polish: <i>siedziba</i>.
 *
 * @param teryt the commune-level unit (7 digits, e.g. {@code 3201034}, the town of Karlino)
 * @param address the postal address, trimmed, 1 to {@value #MAX_ADDRESS} characters
 */
public record Seat(TerytCode teryt, String address) {

  /** The longest address accepted. */
  public static final int MAX_ADDRESS = 500;

  private static final Label ADDRESS = Label.of("Adres siedziby", "The seat's address");

  /**
   * Checks the seat.
   *
   * @throws InvalidInputException listing every problem (codes {@code SEAT_TERYT_LEVEL},
   *     {@code ADDRESS_EMPTY}, {@code ADDRESS_UNTRIMMED}, {@code ADDRESS_TOO_LONG})
   */
  public Seat {
    Objects.requireNonNull(teryt, "teryt");
    List<Problem> problems = new ArrayList<>();
    checkLevel(problems, teryt);
    TextChecks.requireText(problems, "address", "ADDRESS", ADDRESS, address, MAX_ADDRESS);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /** The seat in a commune-level unit at the given address. */
  public static Seat of(TerytCode teryt, String address) {
    return new Seat(teryt, address);
  }

  /**
   * Reads a seat from raw input, collecting every problem; the address is trimmed.
   *
   * @param teryt the 7-digit TERYT code as written
   * @param address the postal address
   */
  public static Validation<Seq<Problem>, Seat> parse(CharSequence teryt, String address) {
    List<Problem> problems = new ArrayList<>();
    var code = TerytCode.parse(teryt);
    if (code.isInvalid()) {
      code.getError().forEach(p -> problems.add(p.under("teryt")));
    } else {
      checkLevel(problems, code.get());
    }
    String trimmed = address == null ? null : TextChecks.strip(address);
    TextChecks.requireText(problems, "address", "ADDRESS", ADDRESS, trimmed, MAX_ADDRESS);
    if (!problems.isEmpty()) {
      return Validation.invalid(io.vavr.collection.List.ofAll(problems));
    }
    return Validation.valid(new Seat(code.get(), trimmed));
  }

  /**
   * Checks a TERYT prefix for listing organisations by the place of their seat
   * ({@link pl.lsw.core.organisation.OrganisationRepository#findBySeatTerytPrefix}).
   *
   * @return the prefix itself
   * @throws InvalidInputException when the prefix is null or not 0 to 7 ASCII digits
   *     ({@code TERYT_PREFIX})
   */
  public static String requireTerytPrefix(String prefix) {
    if (prefix == null || !prefix.matches("[0-9]{0,7}")) {
      throw new InvalidInputException(List.of(OrganisationProblems.PROBLEMS.problem("", "TERYT_PREFIX",
          "value", prefix == null ? "" : prefix)));
    }
    return prefix;
  }

  private static void checkLevel(List<Problem> problems, TerytCode teryt) {
    if (teryt.level() != TerytLevel.COMMUNE_UNIT) {
      problems.add(OrganisationProblems.PROBLEMS.problem("teryt", "SEAT_TERYT_LEVEL", "value", teryt.value()));
    }
  }
}
