package pl.lsw.core.organisation;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import pl.lsw.core.kernel.KrsNumber;
import pl.lsw.core.kernel.Nip;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.TextChecks;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Regon;

/**
 * Raw input for registering or changing an organisation, as typed into a form: identifiers and
 * the seat as text, nothing validated yet. Blank identifier texts mean "none". Turn it into an
 * {@link Organisation} with {@link #toOrganisation(OrganisationId, long)}, which reports every
 * problem at once.
 *
 * <p>Polish: <i>formularz organizacji</i>.
 */
@Value.Immutable
abstract class AbstractOrganisationDraft {

  /** The name; required. */
  @Value.Default
  public String name() {
    return "";
  }

  /** The legal form; required. */
  public abstract Optional<LegalForm> legalForm();

  /** The sector; required. */
  public abstract Optional<Sector> sector();

  /** The fields of social services. */
  public abstract Set<SocialServiceField> fields();

  /** The NIP as written (e.g. {@code "PL 856-734-62-15"}); absent or blank for none. */
  public abstract Optional<String> nip();

  /** The REGON as written; absent or blank for none. */
  public abstract Optional<String> regon();

  /** The KRS number as written; absent or blank for none. */
  public abstract Optional<String> krs();

  /** The 7-digit TERYT code of the seat's commune-level unit. */
  @Value.Default
  public String seatTeryt() {
    return "";
  }

  /** The seat's postal address. */
  @Value.Default
  public String seatAddress() {
    return "";
  }

  /** The contact people, in order. */
  public abstract List<ContactPersonDraft> contacts();

  /** The draft of an existing organisation, to edit and pass to an update. */
  public static OrganisationDraft from(Organisation o) {
    return OrganisationDraft.builder()
        .name(o.name())
        .legalForm(o.legalForm())
        .sector(o.sector())
        .fields(o.fields())
        .nip(o.nip().map(Nip::value))
        .regon(o.regon().map(Regon::value))
        .krs(o.krs().map(KrsNumber::value))
        .seatTeryt(o.seat().teryt().value())
        .seatAddress(o.seat().address())
        .contacts(o.contacts().stream().map(ContactPersonDraft::from).toList())
        .build();
  }

  /**
   * Validates the draft and builds the organisation with the given id and version, collecting
   * every problem: missing name, legal form or sector, every problem of each identifier, of the
   * seat and of each contact person (paths {@code contacts[0].email}, ...), and the rules of
   * {@link Organisation} that tie identifiers and sector to the legal form.
   *
   * @param id the organisation's id
   * @param version the version to give it (0 for a new organisation)
   */
  public Validation<Seq<Problem>, Organisation> toOrganisation(OrganisationId id, long version) {
    List<Problem> problems = new ArrayList<>();
    String name = TextChecks.strip(name());
    TextChecks.requireText(problems, "name", "NAME", AbstractOrganisation.NAME, name,
        Organisation.MAX_NAME);
    if (legalForm().isEmpty()) {
      problems.add(OrganisationProblems.PROBLEMS.problem("legalForm", "LEGAL_FORM_MISSING"));
    }
    if (sector().isEmpty()) {
      problems.add(OrganisationProblems.PROBLEMS.problem("sector", "SECTOR_MISSING"));
    }
    Optional<String> nipText = nip().flatMap(TextChecks::present);
    Optional<String> regonText = regon().flatMap(TextChecks::present);
    Optional<String> krsText = krs().flatMap(TextChecks::present);
    Optional<Nip> nip = parsed(problems, "nip", nipText.map(Nip::parse));
    Optional<Regon> regon = parsed(problems, "regon", regonText.map(Regon::parse));
    Optional<KrsNumber> krs = parsed(problems, "krs", krsText.map(KrsNumber::parse));
    AbstractOrganisation.invariants(problems, legalForm().orElse(null), sector().orElse(null),
        nipText.isPresent(), regonText.isPresent(), krsText.isPresent());
    Optional<Seat> seat = parsed(problems, "seat", Optional.of(Seat.parse(seatTeryt(), seatAddress())));
    AbstractOrganisation.familyRules(problems, legalForm().orElse(null), sector().orElse(null),
        name, seatAddress(), contacts().size());
    List<ContactPerson> contacts = new ArrayList<>();
    for (int i = 0; i < contacts().size(); i++) {
      parsed(problems, "contacts[" + i + "]",
          Optional.of(ContactPerson.validate(contacts().get(i)))).ifPresent(contacts::add);
    }
    if (version < 0) {
      problems.add(OrganisationProblems.PROBLEMS.problem("version", "VERSION_NEGATIVE", "version", version));
    }
    if (!problems.isEmpty()) {
      return Validation.invalid(io.vavr.collection.List.ofAll(problems));
    }
    return Validation.valid(Organisation.builder()
        .id(id)
        .version(version)
        .name(name)
        .legalForm(legalForm().get())
        .sector(sector().get())
        .fields(fields())
        .nip(nip)
        .regon(regon)
        .krs(krs)
        .seat(seat.get())
        .contacts(contacts)
        .build());
  }

  private static <T> Optional<T> parsed(List<Problem> problems, String path,
      Optional<Validation<Seq<Problem>, T>> result) {
    if (result.isEmpty()) {
      return Optional.empty();
    }
    Validation<Seq<Problem>, T> v = result.get();
    if (v.isInvalid()) {
      v.getError().forEach(p -> problems.add(p.under(path)));
      return Optional.empty();
    }
    return Optional.of(v.get());
  }
}
