package pl.lsw.core.partnership;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.TextChecks;
import pl.lsw.core.partnership.governance.Person;
import pl.lsw.core.partnership.governance.PersonId;

/**
 * What the partnership's commands share: how a reason is made and how a person is named in it,
 * and how an outcome is made.
 *
 * <p>Polish: <i>wspólne elementy poleceń partnerstwa</i>.
 */
final class CommandSupport {

  private CommandSupport() {}

  /** How a person not registered in the partnership is named in messages. */
  static final Label UNREGISTERED =
      Label.of("osoba niezarejestrowana w partnerstwie", "a person not registered in the partnership");

  /** A reason from the partnership's bundle, its message key being its code. */
  static Problem reason(String path, String code, Object... nameValuePairs) {
    return PartnershipProblems.PROBLEMS.problem(path, code, nameValuePairs);
  }

  /** The person's name for messages; never the id. */
  static Object who(Partnership partnership, PersonId id) {
    return id == null ? UNREGISTERED
        : partnership.person(id).<Object>map(Person::name).orElse(UNREGISTERED);
  }

  /** Adds a {@code <code>_MISSING} reason when the value is missing. */
  static void required(List<Problem> problems, String path, String code, Label what,
      Object value) {
    TextChecks.requirePresent(problems, path, code, what, value);
  }

  /** A new list: the list and then the item. */
  static <T> List<T> append(List<T> list, T item) {
    List<T> result = new ArrayList<>(list);
    result.add(item);
    return result;
  }

  /** A refusal for every reason. */
  static Either<Refusal, Change<Partnership>> refuse(List<Problem> problems) {
    return Either.left(Refusal.of(problems));
  }

  /** A change to the new state with one event. */
  static Either<Refusal, Change<Partnership>> changed(Partnership state,
      PartnershipEvent event) {
    return Either.right(Change.of(state, event));
  }

  /** A change to the new state that creates something with this id, with one event. */
  static Either<Refusal, Change<Partnership>> created(Partnership state, Object createdId,
      PartnershipEvent event) {
    return Either.right(Change.created(state, createdId, List.of(event)));
  }
}
