package pl.lsw.core.kernel;

import java.util.Locale;

/**
 * A value that writes itself for people in their language (Polish by default, English on
 * request). {@link Messages#display} uses it for message arguments, so a rule message or a
 * refusal shows a thing by its name in the reader's language rather than by a code or an id.
 *
 * <p>Polish: <i>wartość opisana w języku czytelnika</i>.
 */
@FunctionalInterface
public interface Localized {

  /**
   * The text of this value for {@code locale}.
   *
   * @param locale the reader's locale; English for an English locale, Polish otherwise
   * @return the text
   */
  String display(Locale locale);
}
