package pl.lsw.examples;

import io.vavr.control.Either;
import java.util.Locale;
import pl.lsw.core.kernel.Change;
import java.util.List;
import java.util.stream.Collectors;
import pl.lsw.core.kernel.Nip;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.organisation.Organisation;
import pl.lsw.core.organisation.OrganisationDraft;
import pl.lsw.core.organisation.OrganisationRegistry;
import pl.lsw.core.organisation.RegistryClerk;
import pl.lsw.core.partnership.Partnership;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.process.ProcessInstance;

/**
 * Small helpers the partnership examples share: commands that the story expects to be accepted
 * (a refusal there is a mistake in the example, so it stops with every reason), the reasons of a
 * refusal the story expects, and finding or registering an organisation by its NIP.
 */
final class Outcomes {

  /** The clerk who registers the examples' organisations. */
  static final RegistryClerk CLERK = RegistryClerk.of("koordynatorka LSW");

  private Outcomes() {}

  /** The partnership as stored after an accepted command; stops the example on a refusal. */
  static Partnership accepted(Either<Refusal, Change<Partnership>> outcome) {
    if (outcome.isLeft()) {
      throw new IllegalStateException("the example expected the command to be accepted, but it was "
          + outcome.getLeft());
    }
    return outcome.get().state();
  }

  /** The process instance as stored after an accepted command; stops the example on a refusal. */
  static ProcessInstance done(Either<Refusal, Change<ProcessInstance>> outcome) {
    if (outcome.isLeft()) {
      throw new IllegalStateException("the example expected the process command to be accepted, but it was "
          + outcome.getLeft());
    }
    return outcome.get().state();
  }

  /** The state as stored after an accepted command; stops the example on a refusal. */
  static <S> S applied(Either<Refusal, Change<S>> outcome) {
    return changed(outcome).state();
  }

  /** The change of an accepted command (its state, events and new id); stops on a refusal. */
  static <S> Change<S> changed(Either<Refusal, Change<S>> outcome) {
    if (outcome.isLeft()) {
      throw new IllegalStateException("the example expected the command to be accepted, but it was "
          + outcome.getLeft());
    }
    return outcome.get();
  }

  /** The reasons in the reader's language, one indented line each: {@code - [CODE] message}. */
  static String reasons(Iterable<Problem> problems, Locale locale) {
    StringBuilder sb = new StringBuilder();
    for (Problem p : problems) {
      sb.append("    - [").append(p.code()).append("] ").append(p.message(locale)).append('\n');
    }
    return sb.toString();
  }

  /** The organisation with the draft's NIP, registered now if the registry does not have it yet. */
  static Organisation registerOrFind(OrganisationRegistry registry, OrganisationDraft draft) {
    Nip nip = Nip.of(draft.nip().orElseThrow());
    return registry.findByNip(nip).orElseGet(() -> applied(registry.register(CLERK, draft)));
  }

  /** Codes joined with commas, e.g. {@code 1.1, 1.2, 2.1}. */
  static String codes(List<String> codes) {
    return codes.isEmpty() ? "-" : codes.stream().collect(Collectors.joining(", "));
  }
}
