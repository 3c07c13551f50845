package pl.lsw.core.financing;

import pl.lsw.core.kernel.TextChecks;

import java.util.Locale;
import java.util.Objects;
import pl.lsw.core.kernel.Actor;

/**
 * An official acting for a granting body: who announces a competition, appoints its committee,
 * decides, signs a contract, records a small grant's posting, a report or a return. The position
 * is the official's post as written in the body's rules (e.g. <i>Burmistrz Dzielnicy Praga-Północ</i>,
 * <i>naczelnik Wydziału Spraw Społecznych</i>).
 *
 * <p>Immutable. Polish: <i>osoba działająca w imieniu organu (urzędnik organu zlecającego)</i>.
 *
 * @param body the body the official acts for
 * @param position the official's position; not blank
 */
public record GrantingOfficial(GrantingBody body, String position) implements Actor {

  /** Refuses a missing body and a blank position. */
  public GrantingOfficial {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(position, "position");
    java.util.List<pl.lsw.core.kernel.Problem> problems = new java.util.ArrayList<>();
    TextChecks.refusePesel(problems, "position", "GRANTING_OFFICIAL_POSITION",
        pl.lsw.core.kernel.Label.of("Stanowisko urzędnika", "The official's position"), position);
    if (!problems.isEmpty()) {
      throw new pl.lsw.core.kernel.InvalidInputException(problems);
    }
    if (TextChecks.isBlank(position)) {
      throw new IllegalArgumentException("an official's position is required");
    }
    position = position.trim();
  }

  /** E.g. {@code official:1465011/Burmistrz Dzielnicy}. */
  @Override
  public String reference() {
    return "official:" + body.area() + "/" + position;
  }

  /** The position and the body's name, e.g. <i>naczelnik wydziału (Prezydent m.st. Warszawy)</i>. */
  @Override
  public String display(Locale locale) {
    return position + " (" + body.name() + ")";
  }
}
