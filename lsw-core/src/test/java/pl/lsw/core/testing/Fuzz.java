package pl.lsw.core.testing;

import java.util.Random;

/**
 * Hostile text for fuzz tests: random strings mixing ASCII, Polish letters, digits, separators,
 * white space of every kind, zero-width characters, controls, U+0000, lone and paired surrogates,
 * and now and then a long run of one character. The number of inputs per fuzz test is {@value
 * #DEFAULT_INPUTS} unless {@code -Dlsw.fuzz.inputs=<n>} is given; use with {@link Property}, which
 * puts the seed in the failure message.
 */
public final class Fuzz {

  /** Inputs per fuzz test in a normal build. */
  public static final int DEFAULT_INPUTS = 10_000;

  private static final String ALPHABET = "0123456789abcXYZ-+.,:;/%()[]{}=\"'\\#zł PLNżółćęśąźńŻÓŁĆĘŚĄŹŃ"
      + "\u00A0\u2007\u202F\u2009\u3000\u200B\u200C\u200D\u2060\uFEFF\t\n\r\u000B\u000C\u001C"
      + "\u0000\u0001\u007F\u0085\u2028\u2029\u2212\uD800\uDBFF\uDC00\uDFFF";

  private Fuzz() {}

  /** The number of inputs per fuzz test: {@code -Dlsw.fuzz.inputs}, else {@value #DEFAULT_INPUTS}. */
  public static int inputs() {
    return Integer.getInteger("lsw.fuzz.inputs", DEFAULT_INPUTS);
  }

  /** A random hostile text, usually short, sometimes null, sometimes a run of thousands. */
  public static String text(Random rnd) {
    int kind = rnd.nextInt(100);
    if (kind == 0) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    int length = kind < 3 ? 1_000 + rnd.nextInt(5_000) : rnd.nextInt(24);
    while (out.length() < length) {
      int pick = rnd.nextInt(10);
      if (pick == 0) {
        out.append(Character.toChars(0x1F600 + rnd.nextInt(80)));
      } else if (pick == 1) {
        out.append(digits(rnd, 1 + rnd.nextInt(12)));
      } else if (pick == 2 && kind < 6) {
        char c = ALPHABET.charAt(rnd.nextInt(ALPHABET.length()));
        out.append(String.valueOf(c).repeat(1 + rnd.nextInt(2_000)));
      } else {
        out.append(ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
      }
    }
    return out.toString();
  }

  /** A text of {@code n} random ASCII digits. */
  public static String digits(Random rnd, int n) {
    StringBuilder out = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      out.append((char) ('0' + rnd.nextInt(10)));
    }
    return out.toString();
  }
}
