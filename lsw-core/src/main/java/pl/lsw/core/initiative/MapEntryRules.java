package pl.lsw.core.initiative;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import pl.lsw.core.kernel.MessageBundle;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.Rule;
import pl.lsw.core.rules.RuleDefinition;
import pl.lsw.core.rules.RuleEngine;
import pl.lsw.core.rules.RuleEnvironment;
import pl.lsw.core.rules.RuleReport;
import pl.lsw.core.rules.RuleSet;
import pl.lsw.core.rules.Severity;
import pl.lsw.core.rules.SourceReference;

/**
 * The rules of entries of the Map of Local Potentials.
 *
 * <p>{@code INI-COMPLETE} (MUST; seed 000 §Płaszczyzna 2): an entry of the Initiative Bank states
 * the five fields of a Bank entry — the initiative's name, the implementer's data, the
 * description, the addressees and the participation rules. Each missing field is a finding of its
 * own ({@code missingField}), naming the field in the reader's language, with the field's path.
 *
 * <p>Polish: <i>reguły pozycji Mapy Potencjałów Lokalnych i Banku Inicjatyw</i>.
 */
public final class MapEntryRules {

  /** The base name of the bundle of these rules' titles and messages: {@value}{@code .properties}
   * (Polish) and {@code _en} (English). */
  public static final String BUNDLE = "pl/lsw/core/initiative/messages";

  /** The bundle of the titles and messages of the rules of Map entries. */
  public static final MessageBundle MESSAGES = MessageBundle.of(MapEntryRules.class, BUNDLE);

  /** {@code INI-COMPLETE}. */
  public static final Rule<MapEntry> COMPLETE = Rule.of(RuleDefinition.of("INI-COMPLETE",
      Severity.MUST, SourceReference.seed("000", "§Płaszczyzna 2"), MESSAGES, List.of(),
      "missingField"), (e, ctx) -> {
        List<Finding> out = new ArrayList<>();
        if (e.name().isEmpty()) {
          out.add(ctx.finding("name", "missingField", "field", AbstractMapEntry.NAME));
        }
        if (e.implementer().isEmpty()) {
          out.add(ctx.finding("implementer", "missingField", "field", AbstractMapEntry.IMPLEMENTER));
        }
        if (e.description().isEmpty()) {
          out.add(ctx.finding("description", "missingField", "field", AbstractMapEntry.DESCRIPTION));
        }
        if (e.addressees().isEmpty()) {
          out.add(ctx.finding("addressees", "missingField", "field", AbstractMapEntry.ADDRESSEES));
        }
        if (e.participationRules().isEmpty()) {
          out.add(ctx.finding("participationRules", "missingField", "field",
              AbstractMapEntry.PARTICIPATION_RULES));
        }
        return out;
      });

  private MapEntryRules() {}

  /** The rules: {@link #COMPLETE}. */
  public static List<Rule<MapEntry>> rules() {
    return List.of(COMPLETE);
  }

  /** The rule set {@code "initiative"}. */
  public static RuleSet ruleSet() {
    return RuleSet.of("initiative", rules());
  }

  /**
   * Checks an entry as of {@code asOf}. The report names the entry by its name, or "map entry"
   * with no name.
   */
  public static RuleReport check(MapEntry entry, LocalDate asOf, RuleEnvironment environment) {
    return RuleEngine.evaluate(entry, entry.name().map(n -> "map entry „" + n + "”")
        .orElse("map entry without a name"), rules(), asOf, environment.parameters(),
        environment.referenceData());
  }
}
