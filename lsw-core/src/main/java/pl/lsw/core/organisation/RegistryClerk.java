package pl.lsw.core.organisation;

import pl.lsw.core.kernel.TextChecks;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import pl.lsw.core.kernel.Actor;

/**
 * Who registers and changes organisations in the registry: a professional of the local
 * government or of the partnership's leader, named by position and, if wished, by name. It never
 * stands for a family.
 *
 * <p>Immutable. Polish: <i>pracownik prowadzący rejestr organizacji</i>.
 *
 * @param position the position, e.g. {@code "inspektorka ds. współpracy z NGO"}
 * @param name the person's name, if it is to be recorded
 */
public record RegistryClerk(String position, Optional<String> name) implements Actor {

  /** Refuses a blank position and null parts; trims the texts. */
  public RegistryClerk {
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(name, "name");
    java.util.List<pl.lsw.core.kernel.Problem> problems = new java.util.ArrayList<>();
    TextChecks.refusePesel(problems, "position", "REGISTRY_CLERK_POSITION",
        pl.lsw.core.kernel.Label.of("Stanowisko pracownika rejestru", "The clerk's position"), position);
    TextChecks.refusePesel(problems, "name", "REGISTRY_CLERK_NAME",
        pl.lsw.core.kernel.Label.of("Imię i nazwisko pracownika rejestru", "The clerk's name"),
        name.orElse(null));
    if (!problems.isEmpty()) {
      throw new pl.lsw.core.kernel.InvalidInputException(problems);
    }
    if (TextChecks.isBlank(position)) {
      throw new IllegalArgumentException("a registry clerk has a position");
    }
    position = TextChecks.strip(position);
    name = name.map(String::strip).filter(n -> !n.isEmpty());
  }

  /**
   * A clerk named by position only.
   *
   * @param position the position
   * @return the clerk
   */
  public static RegistryClerk of(String position) {
    return new RegistryClerk(position, Optional.empty());
  }

  /**
   * A clerk named by position and name.
   *
   * @param position the position
   * @param name the person's name
   * @return the clerk
   */
  public static RegistryClerk of(String position, String name) {
    return new RegistryClerk(position, Optional.of(Objects.requireNonNull(name, "name")));
  }

  /** {@code registry-clerk:} and the position. */
  @Override
  public String reference() {
    return "registry-clerk:" + position;
  }

  /** The name and the position in brackets, or the position alone. */
  @Override
  public String display(Locale locale) {
    return name.map(n -> n + " (" + position + ")").orElse(position);
  }
}
