package pl.lsw.core.evaluation.instrument;

import pl.lsw.core.kernel.Displayable;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.rules.SourceReference;

/**
 * The three dimensions of solidarity capital of seed 001 §7, the blend of social and institutional
 * capital an LSW may produce, each with a short description in this library's words. The name of
 * each constant is its stable code.
 *
 * <p>Polish: <i>wymiar kapitału solidarności</i>.
 */
public enum SolidarityDimension implements Displayable {
  /** Polish: <i>instytucjonalny dostęp do zasobów</i>. */
  INSTITUTIONAL_ACCESS("instytucjonalny dostęp do zasobów", "institutional access to resources",
      Label.of("osoba objęta wsparciem sięga przez sieć LSW po zasoby innych",
          "a person supported reaches the others' resources through the LSW network")),
  /** Polish: <i>„gorące” relacje solidarnościowe</i>. */
  WARM_SOLIDARITY_TIES("gorące relacje solidarnościowe", "warm ties of solidarity",
      Label.of("organizacje z otoczenia chcą udostępniać zasoby partnerstwu i rodzinom",
          "local organisations want to share their resources with the partnership and families")),
  /** Polish: <i>nieinstrumentalne współdziałanie</i>. */
  NON_INSTRUMENTAL_COOPERATION("nieinstrumentalne współdziałanie",
      "non-instrumental cooperation",
      Label.of("działanie ze wspólnoty celów, nie dla własnej korzyści",
          "acting from shared goals, not for one's own gain"));

  /** The seed section of the dimensions: seed 001 §7. */
  public static final SourceReference SOURCE = SourceReference.seed("001", "§7");

  private final String polishName;
  private final String englishName;
  private final Label description;

  SolidarityDimension(String polishName, String englishName, Label description) {
    this.polishName = polishName;
    this.englishName = englishName;
    this.description = description;
  }

  /** @return the stable code, the constant's name */
  public String code() {
    return name();
  }

  /** @return a short description in Polish and English */
  public Label description() {
    return description;
  }

  @Override
  public String polishName() {
    return polishName;
  }

  @Override
  public String englishName() {
    return englishName;
  }
}
