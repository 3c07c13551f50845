package pl.lsw.core.rules;

import pl.lsw.core.kernel.TextChecks;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Problem;

/** Small helpers shared by the package. */
final class Checks {

  private Checks() {}

  static <T> T orThrow(Validation<Seq<Problem>, T> v) {
    if (v.isInvalid()) {
      throw new InvalidInputException(v.getError());
    }
    return v.get();
  }

  static String requireText(String s, String what) {
    if (s == null || TextChecks.isBlank(s)) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return s;
  }
}
