package pl.lsw.core.information;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.util.List;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.TextChecks;

/**
 * Raw input for an {@link InformationItem}, as typed into a form: nothing checked yet; a null or
 * blank English text means "not given".
 *
 * <p>Polish: <i>formularz informacji</i>.
 *
 * @param kind the kind, may be null (then refused)
 * @param subject the Polish subject
 * @param body the Polish body
 * @param englishSubject the English subject, or null or blank
 * @param englishBody the English body, or null or blank
 */
public record InformationItemDraft(InformationKind kind, String subject, String body,
    String englishSubject, String englishBody) {

  /** A draft with Polish text only. */
  public static InformationItemDraft of(InformationKind kind, String subject, String body) {
    return new InformationItemDraft(kind, subject, body, null, null);
  }

  /**
   * The item, or every problem of the draft at once.
   *
   * @return the item, or the problems
   */
  public Validation<Seq<Problem>, InformationItem> validate() {
    String en = TextChecks.present(englishSubject).isPresent() ? englishSubject : null;
    String enBody = TextChecks.present(englishBody).isPresent() ? englishBody : null;
    List<Problem> problems = AbstractInformationItem.problems(kind, subject, body, en, enBody);
    if (!problems.isEmpty()) {
      return Validation.invalid(Vector.ofAll(problems));
    }
    return Validation.valid(InformationItem.builder().kind(kind).subject(subject).body(body)
        .englishSubject(java.util.Optional.ofNullable(en))
        .englishBody(java.util.Optional.ofNullable(enBody)).build());
  }
}
