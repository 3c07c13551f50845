package pl.lsw.core.information;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.TextChecks;
import pl.lsw.core.organisation.ContactPerson;
import pl.lsw.core.organisation.Sector;

/**
 * An entry of the contact base of key external partners (seed 000 §Płaszczyzna 2 a: <i>baza
 * danych kontaktowych kluczowych partnerów zewnętrznych, do których kierowane mają być
 * informacje</i>): an institution outside the partnership, its sector, a professional contact
 * person and a note.
 *
 * <p>Polish: <i>kontakt do kluczowego partnera zewnętrznego</i>.
 *
 * <p>Rules ({@code build()} throws {@link pl.lsw.core.kernel.InvalidInputException} listing every problem): the
 * institution's name is required, trimmed, at most {@value #MAX_INSTITUTION} characters; the
 * note, where given, trimmed and at most {@value #MAX_NOTE}; the contact person as {@link
 * pl.lsw.core.organisation.ContactPerson} requires.
 */
@Value.Immutable
abstract class AbstractExternalContact {

  /** The longest institution name accepted. */
  public static final int MAX_INSTITUTION = 300;

  /** The longest note accepted. */
  public static final int MAX_NOTE = 2000;

  private static final Label INSTITUTION = Label.of("Nazwa instytucji", "The institution's name");
  private static final Label NOTE = Label.of("Uwagi", "The note");

  /** The id. */
  public abstract ExternalContactId id();

  /** The institution's name. */
  public abstract String institution();

  /** The institution's sector. */
  public abstract Sector sector();

  /** The professional contact person. */
  public abstract ContactPerson contact();

  /** A note, where given (e.g. what information the institution is to receive). */
  public abstract Optional<String> note();

  @Value.Check
  protected void check() {
    List<Problem> problems = problems(institution(), note().orElse(null));
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  static List<Problem> problems(String institution, String note) {
    List<Problem> problems = new ArrayList<>();
    TextChecks.requireText(problems, "institution", "EXTERNAL_CONTACT_INSTITUTION", INSTITUTION,
        institution, MAX_INSTITUTION);
    TextChecks.optionalText(problems, "note", "EXTERNAL_CONTACT_NOTE", NOTE, note, MAX_NOTE);
    return problems;
  }

  /**
   * The entry of a draft, or every problem of it at once (the contact person's under {@code
   * contact}).
   *
   * @param id the entry's id
   * @param draft the raw input
   * @return the entry, or the problems
   */
  public static Validation<Seq<Problem>, ExternalContact> validate(ExternalContactId id,
      ExternalContactDraft draft) {
    String note = TextChecks.present(draft.note()).isPresent() ? draft.note() : null;
    List<Problem> problems = problems(draft.institution(), note);
    TextChecks.requirePresent(problems, "sector", "EXTERNAL_CONTACT_SECTOR",
        Label.of("Sektor instytucji", "The institution's sector"), draft.sector());
    ContactPerson contact = null;
    if (draft.contact() == null) {
      TextChecks.requirePresent(problems, "contact", "EXTERNAL_CONTACT_PERSON",
          Label.of("Osoba do kontaktu", "The contact person"), null);
    } else {
      var person = ContactPerson.validate(draft.contact());
      if (person.isInvalid()) {
        person.getError().forEach(p -> problems.add(p.under("contact")));
      } else {
        contact = person.get();
      }
    }
    if (!problems.isEmpty()) {
      return Validation.invalid(io.vavr.collection.List.ofAll(problems));
    }
    return Validation.valid(ExternalContact.builder().id(id).institution(draft.institution())
        .sector(draft.sector()).contact(contact).note(Optional.ofNullable(note)).build());
  }
}
