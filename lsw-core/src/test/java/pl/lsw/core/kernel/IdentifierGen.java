package pl.lsw.core.kernel;

import java.util.Random;

/**
 * Generators of identifiers for property tests: valid NIPs and REGONs made by computing the check
 * digit, and variants with exactly one digit changed.
 */
final class IdentifierGen {

  static final int[] NIP_WEIGHTS = {6, 5, 7, 2, 3, 4, 5, 6, 7};
  static final int[] REGON9_WEIGHTS = {8, 9, 2, 3, 4, 5, 6, 7};
  static final int[] REGON14_WEIGHTS = {2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8};

  private IdentifierGen() {}

  /** A string of {@code n} random digits. */
  static String digits(Random rnd, int n) {
    StringBuilder out = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      out.append((char) ('0' + rnd.nextInt(10)));
    }
    return out.toString();
  }

  /** The weighted sum of the first {@code weights.length} digits. */
  static int weightedSum(String digits, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += (digits.charAt(i) - '0') * weights[i];
    }
    return sum;
  }

  /** A valid NIP: 9 random digits whose remainder is not 10, followed by the check digit. */
  static String validNip(Random rnd) {
    while (true) {
      String body = digits(rnd, 9);
      int remainder = weightedSum(body, NIP_WEIGHTS) % 11;
      if (remainder != 10) {
        return body + remainder;
      }
    }
  }

  /** 9 random digits whose NIP remainder is 10, followed by any digit: never a valid NIP. */
  static String nipWithRemainderTen(Random rnd) {
    while (true) {
      String body = digits(rnd, 9);
      if (weightedSum(body, NIP_WEIGHTS) % 11 == 10) {
        return body + rnd.nextInt(10);
      }
    }
  }

  /** A valid 9-digit REGON: 8 random digits followed by the check digit. */
  static String validRegon9(Random rnd) {
    String body = digits(rnd, 8);
    return body + weightedSum(body, REGON9_WEIGHTS) % 11 % 10;
  }

  /** A valid 14-digit REGON: a valid 9-digit REGON, 4 random digits and the check digit. */
  static String validRegon14(Random rnd) {
    return validRegon14(rnd, validRegon9(rnd));
  }

  /** A valid 14-digit REGON of a local unit of the given valid 9-digit REGON. */
  static String validRegon14(Random rnd, String main) {
    String body = main + digits(rnd, 4);
    return body + weightedSum(body, REGON14_WEIGHTS) % 11 % 10;
  }

  /** A 9-digit REGON whose weighted sum leaves remainder 10, so its check digit is 0. */
  static String regon9WithRemainderTen(Random rnd) {
    while (true) {
      String body = digits(rnd, 8);
      if (weightedSum(body, REGON9_WEIGHTS) % 11 == 10) {
        return body + "0";
      }
    }
  }

  /** The same digits with the digit at {@code position} replaced by a different random digit. */
  static String changeOneDigit(Random rnd, String digits, int position) {
    int old = digits.charAt(position) - '0';
    int replacement = (old + 1 + rnd.nextInt(9)) % 10;
    return digits.substring(0, position) + replacement + digits.substring(position + 1);
  }

  /** The same digits with one random position changed to a different digit. */
  static String changeOneDigit(Random rnd, String digits) {
    return changeOneDigit(rnd, digits, rnd.nextInt(digits.length()));
  }

  /** A valid NIP with one digit changed: never a valid NIP (see the property test). */
  static String invalidNip(Random rnd) {
    return changeOneDigit(rnd, validNip(rnd));
  }

  /**
   * A valid 9-digit REGON with one digit changed, skipping the rare changes that swap the
   * remainders 0 and 10 and so leave a valid REGON.
   */
  static String invalidRegon9(Random rnd) {
    while (true) {
      String changed = changeOneDigit(rnd, validRegon9(rnd));
      if (weightedSum(changed, REGON9_WEIGHTS) % 11 % 10 != changed.charAt(8) - '0') {
        return changed;
      }
    }
  }

  /**
   * A valid 14-digit REGON with one of its last five digits changed, skipping the changes the
   * 14-digit check cannot see.
   */
  static String invalidRegon14(Random rnd) {
    while (true) {
      String changed = changeOneDigit(rnd, validRegon14(rnd), 9 + rnd.nextInt(5));
      if (weightedSum(changed, REGON14_WEIGHTS) % 11 % 10 != changed.charAt(13) - '0') {
        return changed;
      }
    }
  }

  /** The NIP written in a random way: with or without a PL prefix, spaces and dashes. */
  static String decorateNip(Random rnd, String digits) {
    StringBuilder out = new StringBuilder();
    switch (rnd.nextInt(4)) {
      case 0:
        out.append("PL");
        break;
      case 1:
        out.append("pl ");
        break;
      case 2:
        out.append(" Pl");
        break;
      default:
        break;
    }
    for (int i = 0; i < digits.length(); i++) {
      out.append(digits.charAt(i));
      if (i < digits.length() - 1) {
        int sep = rnd.nextInt(6);
        if (sep == 0) {
          out.append('-');
        } else if (sep == 1) {
          out.append(' ');
        }
      }
    }
    return out.toString();
  }
}
