package pl.lsw.core.archviolation;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;

/** Follows the rule: Vavr only as Either and Validation, Seq only as a type argument. */
public final class VavrOutcomesOnly {

  /** A parse answering a validation. */
  public static Validation<Seq<String>, Integer> parse(String text) {
    return Validation.valid(text.length());
  }

  /** A command answering an outcome. */
  public Either<String, Integer> command(Either<String, Integer> in) {
    return in;
  }
}
