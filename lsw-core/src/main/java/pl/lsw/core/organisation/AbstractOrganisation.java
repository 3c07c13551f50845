package pl.lsw.core.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.KrsNumber;
import pl.lsw.core.kernel.Nip;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.TextChecks;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Regon;

/**
 * An organisation in the registry: a partner, or a potential partner, of a local support system.
 *
 * <p>Polish: <i>organizacja (partner)</i>.
 *
 * <p>Build one with {@code Organisation.builder()} (its {@code build()} throws
 * {@link pl.lsw.core.kernel.InvalidInputException} listing every broken rule) or from raw input with
 * {@link OrganisationDraft#toOrganisation(OrganisationId, long)}. Rules, all checked at once:
 *
 * <ul>
 *   <li>{@code name}: required, trimmed, at most {@value #MAX_NAME} characters;
 *   <li>{@code version}: 0 or more; 0 means "never stored" (see below);
 *   <li>identifiers by legal form: an {@link LegalForm#INFORMAL_GROUP informal group} has no NIP,
 *       REGON or KRS number ({@code IDENTIFIER_NOT_APPLICABLE}); a foundation and a social
 *       cooperative have a KRS number ({@code KRS_REQUIRED}); local government and public units
 *       have none ({@code KRS_NOT_APPLICABLE}). Associations, companies, church legal persons and
 *       universities may or may not be in the KRS, so nothing is checked for them;
 *   <li>sector by legal form: local government and public units belong to {@link Sector#PUBLIC};
 *       an informal group to {@link Sector#COMMUNITY_GROUP} or
 *       {@link Sector#FAMILY_REPRESENTATIVE} ({@code SECTOR_MISMATCH}).
 * </ul>
 *
 * <p>Versions: an organisation that has never been stored has version 0. Each successful save
 * stores version {@code n + 1} and returns the organisation with it; saving version {@code n}
 * when the stored version is not {@code n} is refused with a
 * {@link pl.lsw.core.kernel.VersionConflictException}.
 *
 * <p>The fields of social services are a set (iterated in the order of
 * {@link SocialServiceField}); contact people keep the order they were given in.
 */
@Value.Immutable
abstract class AbstractOrganisation {

  /** The longest name accepted. */
  public static final int MAX_NAME = 500;

  /** The organisation's name, as named in problems. */
  static final Label NAME = Label.of("Nazwa organizacji", "The organisation's name");

  /** The id, given when the organisation is registered. */
  public abstract OrganisationId id();

  /** The stored version: 0 for an organisation never stored, then 1, 2, ... */
  @Value.Default
  public long version() {
    return 0;
  }

  /** The full name, e.g. {@code "Stowarzyszenie Praski Kokon"}. */
  public abstract String name();

  /** The legal form. */
  public abstract LegalForm legalForm();

  /** The sector it comes from. */
  public abstract Sector sector();

  /** The fields of social services it works in; may be empty. */
  public abstract Set<SocialServiceField> fields();

  /** The tax identification number, where it has one. */
  public abstract Optional<Nip> nip();

  /** The statistical number, where it has one. */
  public abstract Optional<Regon> regon();

  /** The National Court Register number, where it is registered there. */
  public abstract Optional<KrsNumber> krs();

  /** The seat (registered office). */
  public abstract Seat seat();

  /** The contact people, in the order given; may be empty. */
  public abstract List<ContactPerson> contacts();

  /** Whether this organisation has never been stored (version 0). */
  public boolean isNew() {
    return version() == 0;
  }

  /** Checks every rule at once; throws {@link InvalidInputException} listing the broken ones. */
  @Value.Check
  protected void check() {
    List<Problem> problems = new ArrayList<>();
    TextChecks.requireText(problems, "name", "NAME", NAME, name(), MAX_NAME);
    if (version() < 0) {
      problems.add(OrganisationProblems.PROBLEMS.problem("version", "VERSION_NEGATIVE", "version", version()));
    }
    invariants(problems, legalForm(), sector(), nip().isPresent(), regon().isPresent(),
        krs().isPresent());
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /** The rules that tie identifiers and sector to the legal form. */
  static void invariants(List<Problem> problems, LegalForm form, Sector sector, boolean hasNip,
      boolean hasRegon, boolean hasKrs) {
    if (form == null) {
      return;
    }
    if (!form.hasLegalIdentity()) {
      if (hasNip) {
        problems.add(notApplicable("nip", Label.of("numeru NIP", "NIP"), form));
      }
      if (hasRegon) {
        problems.add(notApplicable("regon", Label.of("numeru REGON", "REGON"), form));
      }
      if (hasKrs) {
        problems.add(notApplicable("krs", Label.of("numeru KRS", "KRS number"), form));
      }
    } else if (form.krsRule() == LegalForm.KrsRule.REQUIRED && !hasKrs) {
      problems.add(OrganisationProblems.PROBLEMS.problem("krs", "KRS_REQUIRED", "form", form));
    } else if (form.krsRule() == LegalForm.KrsRule.FORBIDDEN && hasKrs) {
      problems.add(OrganisationProblems.PROBLEMS.problem("krs", "KRS_NOT_APPLICABLE", "form", form));
    }
    if (sector == null) {
      return;
    }
    if (form.isPublic() && sector != Sector.PUBLIC) {
      problems.add(OrganisationProblems.PROBLEMS.problem("sector", "SECTOR_MISMATCH", "form", form,
          "allowed", Sector.PUBLIC, "sector", sector));
    }
    if (form == LegalForm.INFORMAL_GROUP
        && sector != Sector.COMMUNITY_GROUP && sector != Sector.FAMILY_REPRESENTATIVE) {
      problems.add(OrganisationProblems.PROBLEMS.problem("sector", "SECTOR_MISMATCH", "form", form,
          "allowed", List.of(Sector.COMMUNITY_GROUP, Sector.FAMILY_REPRESENTATIVE), "sector", sector));
    }
  }

  private static Problem notApplicable(String path, Label identifier, LegalForm form) {
    return OrganisationProblems.PROBLEMS.problem(path, "IDENTIFIER_NOT_APPLICABLE", "form", form,
        "identifier", identifier);
  }
}
