package pl.lsw.core.kernel;

import java.util.Locale;

/**
 * A value that knows how it reads in Polish and in English, so that a rule message shows it in
 * the reader's language (e.g. a publication place as "BIP" / "tablica ogłoszeń" rather than a
 * code name). {@link Messages#display} uses it for message arguments.
 *
 * <p>Polish: <i>wartość z nazwą w danym języku</i>.
 */
public interface Displayable extends Localized {

  /** The Polish name. */
  String polishName();

  /** The English name. */
  String englishName();

  /** The name for {@code locale}: English for an English locale, Polish otherwise. */
  @Override
  default String display(Locale locale) {
    return locale != null && locale.getLanguage().equals("en") ? englishName() : polishName();
  }
}
