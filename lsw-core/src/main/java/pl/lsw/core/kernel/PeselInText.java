package pl.lsw.core.kernel;

import java.time.YearMonth;

/**
 * Finds a valid PESEL number written inside a free text, so that the model can refuse it: the
 * library keeps no PESEL of anyone, and a description, note or comment is where one would slip
 * in. The search is one pass over the text, linear in its length.
 *
 * <p>A candidate is eleven ASCII digits written in one of two ways:
 *
 * <ul>
 *   <li>a run of exactly eleven digits with no digit right before or after it ({@code
 *       85010112345}; a run of twelve or more digits is never a PESEL);
 *   <li>consecutive groups of digits, each joined to the next by exactly one space or one hyphen,
 *       that together have eleven digits ({@code 850101 12345}, {@code 85-01-01-123-45}, also
 *       when other groups come before or after them, as in {@code 2024 850101 12345}).
 * </ul>
 *
 * <p>A candidate is a PESEL when its check digit agrees with the weights 1, 3, 7, 9, 1, 3, 7, 9,
 * 1, 3 and its first six digits are a real date of birth: the month is 1–12 for the years
 * 1900–1999, 21–32 for 2000–2099, 41–52 for 2100–2199, 61–72 for 2200–2299 and 81–92 for
 * 1800–1899, and the day exists in that month (29 February only in a leap year). Digits written
 * right after a plus sign begin an international phone number ({@code +48 512 345 678 9}) and are
 * not searched. Digits other than ASCII 0–9 are not read.
 *
 * <p>Polish: <i>wykrywanie numeru PESEL w tekście</i>.
 */
public final class PeselInText {

  /** The digits of a PESEL number. */
  public static final int LENGTH = 11;

  private static final int[] WEIGHTS = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};

  private PeselInText() {}

  /**
   * Whether the text holds a valid PESEL number, written as described in the class comment.
   *
   * @param text the text, may be null
   * @return true when a PESEL is found
   */
  public static boolean contains(CharSequence text) {
    return find(text) >= 0;
  }

  /**
   * The index of the first digit of the first valid PESEL number in the text, or -1.
   *
   * @param text the text, may be null
   * @return the index, or -1
   */
  public static int find(CharSequence text) {
    if (text == null) {
      return -1;
    }
    int n = text.length();
    // the groups of the current chain that end the window, as a ring of starts and lengths;
    // a window of at most eleven digits has at most eleven groups
    int[] starts = new int[LENGTH + 1];
    int[] lengths = new int[LENGTH + 1];
    int i = 0;
    while (i < n) {
      if (!isDigit(text.charAt(i))) {
        i++;
        continue;
      }
      boolean phone = i > 0 && text.charAt(i - 1) == '+';
      int first = 0;
      int count = 0;
      int total = 0;
      while (true) {
        int start = i;
        while (i < n && isDigit(text.charAt(i))) {
          i++;
        }
        int length = i - start;
        if (!phone) {
          if (length > LENGTH) {
            count = 0;
            total = 0;
          } else {
            starts[(first + count) % starts.length] = start;
            lengths[(first + count) % starts.length] = length;
            count++;
            total += length;
            while (total > LENGTH) {
              total -= lengths[first];
              first = (first + 1) % starts.length;
              count--;
            }
            if (total == LENGTH && isPesel(text, starts, lengths, first, count)) {
              return starts[first];
            }
          }
        }
        boolean joined = i + 1 < n && (text.charAt(i) == ' ' || text.charAt(i) == '-')
            && isDigit(text.charAt(i + 1));
        if (!joined) {
          break;
        }
        i++;
      }
    }
    return -1;
  }

  /**
   * Whether the eleven digits are a valid PESEL number: a real date of birth and the right
   * check digit.
   *
   * @param digits the digits, not null
   * @return true for a valid PESEL
   */
  public static boolean isValid(CharSequence digits) {
    if (digits.length() != LENGTH) {
      return false;
    }
    int[] d = new int[LENGTH];
    for (int k = 0; k < LENGTH; k++) {
      if (!isDigit(digits.charAt(k))) {
        return false;
      }
      d[k] = digits.charAt(k) - '0';
    }
    return isValid(d);
  }

  private static boolean isPesel(CharSequence text, int[] starts, int[] lengths, int first,
      int count) {
    int[] d = new int[LENGTH];
    int k = 0;
    for (int g = 0; g < count; g++) {
      int at = (first + g) % starts.length;
      for (int j = 0; j < lengths[at]; j++) {
        d[k++] = text.charAt(starts[at] + j) - '0';
      }
    }
    return isValid(d);
  }

  private static boolean isValid(int[] d) {
    int sum = 0;
    for (int k = 0; k < WEIGHTS.length; k++) {
      sum += d[k] * WEIGHTS[k];
    }
    if ((10 - sum % 10) % 10 != d[10]) {
      return false;
    }
    int year = d[0] * 10 + d[1];
    int month = d[2] * 10 + d[3];
    int day = d[4] * 10 + d[5];
    int century;
    if (month >= 81 && month <= 92) {
      century = 1800;
      month -= 80;
    } else if (month >= 1 && month <= 12) {
      century = 1900;
    } else if (month >= 21 && month <= 32) {
      century = 2000;
      month -= 20;
    } else if (month >= 41 && month <= 52) {
      century = 2100;
      month -= 40;
    } else if (month >= 61 && month <= 72) {
      century = 2200;
      month -= 60;
    } else {
      return false;
    }
    return day >= 1 && day <= YearMonth.of(century + year, month).lengthOfMonth();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
