package pl.lsw.core.rules;

import pl.lsw.core.kernel.MessageBundle;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import pl.lsw.core.kernel.KrsNumber;
import pl.lsw.core.kernel.Nip;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.Regon;
import pl.lsw.core.kernel.TerytCode;

/**
 * The shared kernel's own rules: the public identifiers a partner or a territory carries must be
 * well formed. Each rule checks one field of {@link RawIdentifiers} with the kernel's parser
 * ({@link Nip#parse}, {@link Regon#parse}, {@link KrsNumber#parse}, {@link TerytCode#parse}) and
 * turns every problem into a MUST finding at the field's path ({@code nip}, {@code regon}, {@code
 * krs}, {@code teryt}). The message key is {@code <code>.problem.<PROBLEM_CODE>} (e.g. {@code
 * KER-NIP.problem.NIP_CHECKSUM}) with arguments {@code value} (the text as given) and {@code
 * detail} (the parser's explanation, in the reader's language); a problem code without its own message uses {@code
 * <code>.invalid}.
 *
 * <p>Polish: <i>reguły jądra: poprawność identyfikatorów</i>.
 */
public final class KernelRules {

  /** The base name of the rule framework's and the kernel rules' message bundle. */
  public static final String BUNDLE = "pl/lsw/core/rules/messages";

  /** The bundle of the kernel rules and of report labels. */
  public static final MessageBundle MESSAGES = MessageBundle.of(KernelRules.class, BUNDLE);

  /** {@code KER-NIP}: a given NIP has 10 digits and a valid check digit. */
  public static final Rule<RawIdentifiers> NIP = identifierRule("KER-NIP",
      SourceReference.legalAct(
          "ustawa z 13 października 1995 r. o zasadach ewidencji i identyfikacji podatników i płatników", ""),
      "nip", RawIdentifiers::nip, Nip::parse,
      List.of(Nip.EMPTY, Nip.CHARACTERS, Nip.LENGTH, Nip.CHECKSUM));

  /** {@code KER-REGON}: a given REGON has 9 or 14 digits and valid check digits. */
  public static final Rule<RawIdentifiers> REGON = identifierRule("KER-REGON",
      SourceReference.legalAct("rozporządzenie Rady Ministrów w sprawie sposobu i metodologii prowadzenia"
          + " i aktualizacji krajowego rejestru urzędowego podmiotów gospodarki narodowej", ""),
      "regon", RawIdentifiers::regon, Regon::parse,
      List.of(Regon.EMPTY, Regon.CHARACTERS, Regon.LENGTH, Regon.MAIN_CHECKSUM, Regon.CHECKSUM));

  /** {@code KER-KRS}: a given KRS number has 10 digits (zero-padded) and is not all zeros. */
  public static final Rule<RawIdentifiers> KRS = identifierRule("KER-KRS",
      SourceReference.legalAct("ustawa z 20 sierpnia 1997 r. o Krajowym Rejestrze Sądowym", ""),
      "krs", RawIdentifiers::krs, KrsNumber::parse,
      List.of(KrsNumber.EMPTY, KrsNumber.CHARACTERS, KrsNumber.LENGTH, KrsNumber.ZERO));

  /** {@code KER-TERYT}: a given TERYT (TERC) code has a valid voivodeship, county, commune and type. */
  public static final Rule<RawIdentifiers> TERYT = identifierRule("KER-TERYT",
      SourceReference.legalAct("rozporządzenie Rady Ministrów z 15 grudnia 1998 r. w sprawie szczegółowych"
          + " zasad prowadzenia, stosowania i udostępniania krajowego rejestru urzędowego podziału"
          + " terytorialnego kraju", ""),
      "teryt", RawIdentifiers::teryt, TerytCode::parse,
      List.of(TerytCode.EMPTY, TerytCode.CHARACTERS, TerytCode.LENGTH, TerytCode.VOIVODESHIP,
          TerytCode.COUNTY, TerytCode.COMMUNE, TerytCode.TYPE));

  private KernelRules() {}

  /** The four identifier rules, in the order NIP, REGON, KRS, TERYT. */
  public static List<Rule<RawIdentifiers>> identifierRules() {
    return List.of(NIP, REGON, KRS, TERYT);
  }

  /** The kernel's rule set, named {@code "kernel"}, as registered in {@code pl.lsw.core.StandardRules}. */
  public static RuleSet ruleSet() {
    return RuleSet.of("kernel", identifierRules());
  }

  private static Rule<RawIdentifiers> identifierRule(String code, SourceReference source, String field,
      Function<RawIdentifiers, Optional<String>> getter,
      Function<CharSequence, Validation<Seq<Problem>, ?>> parser, List<String> problemCodes) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add("invalid");
    problemCodes.forEach(p -> keys.add("problem." + p));
    RuleDefinition def = RuleDefinition.of(code, Severity.MUST, source, MESSAGES, List.of(), keys);
    return Rule.of(def, (ids, ctx) -> {
      Optional<String> raw = getter.apply(ids);
      if (raw.isEmpty()) {
        return ctx.none();
      }
      Validation<Seq<Problem>, ?> parsed = parser.apply(raw.get());
      if (parsed.isValid()) {
        return ctx.none();
      }
      List<Finding> out = new ArrayList<>();
      for (Problem p : parsed.getError()) {
        String specific = "problem." + p.code();
        String key = keys.contains(specific) ? specific : "invalid";
        out.add(ctx.finding(p.under(field).path(), key, "value", raw.get(), "detail", (pl.lsw.core.kernel.Localized) p::message,
            "problem", p.code()));
      }
      return out;
    });
  }
}
