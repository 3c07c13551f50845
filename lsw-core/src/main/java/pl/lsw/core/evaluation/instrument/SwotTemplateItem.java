package pl.lsw.core.evaluation.instrument;

import java.util.Locale;
import java.util.Objects;
import pl.lsw.core.kernel.Label;

/**
 * One item of the reference SWOT of NGO–local-government cooperation (seed 001 Tabela 3), in a
 * short paraphrase in Polish and English, with a code ({@code S1}…, {@code W1}…, {@code O1}…,
 * {@code T1}…). See {@link SwotRecord#seedTemplate()}.
 *
 * <p>Immutable. Polish: <i>pozycja wzorcowej analizy SWOT</i>.
 *
 * @param code the code
 * @param quadrant the quadrant
 * @param text the paraphrase
 */
public record SwotTemplateItem(String code, SwotQuadrant quadrant, Label text) {

  /**
   * Refuses nulls.
   *
   * @param code the code
   * @param quadrant the quadrant
   * @param text the text
   */
  public SwotTemplateItem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(quadrant, "quadrant");
    Objects.requireNonNull(text, "text");
  }

  /**
   * The item as a {@link SwotItem} in a language.
   *
   * @param locale the language (Polish unless English)
   * @return the item
   */
  public SwotItem toItem(Locale locale) {
    return SwotItem.of(quadrant, text.display(locale));
  }
}
