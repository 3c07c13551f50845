package pl.lsw.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.WorkingDayCalendar;
import pl.lsw.interchange.smallgrant.SmallGrantRegisterFormat;

/**
 * Writes a realistic, made-up register of small grants of Warsaw districts in the {@link
 * pl.lsw.interchange.smallgrant.SmallGrantRegisterFormat} format, the same for the same seed and size:
 *
 * <ul>
 *   <li>eight districts' boards as granting bodies (Praga-Północ the busiest), each with a
 *       {@code #planned-budget} line; Rembertów's planned budget is small, so its grants go over
 *       the 20% share during the year;
 *   <li>organisations with made-up, valid NIPs (the Praski Kokon NGOs among them), each mostly
 *       applying in its home district; a few apply often and go over the 20 000 zł yearly cap;
 *   <li>amounts mostly 2 000–10 000 zł (round hundreds, some with grosze, some exactly 10 000,00 zł),
 *       about one in twenty above 10 000 zł; in Polish or plain notation;
 *   <li>tasks of 30–90 days, about one in sixteen of 91–100 days, all within the year;
 *   <li>offers posted in the three places within a few working days, posted for 7–14 days, the
 *       contract signed after the comment period; a few late, missing or too short postings, a
 *       contract signed too early, a task that is not local, and some grants without a contract yet;
 *   <li>a few deliberately malformed rows (an amount {@code abc}, an amount {@code 10.000,001}, the
 *       date {@code 2026-02-30}, a NIP with a wrong check digit, a row with a missing column),
 *       listed by {@link Generated#malformed()}.
 * </ul>
 */
final class SmallGrantCsvGenerator {

  /** The generated lines and the descriptions of the deliberately malformed ones. */
  record Generated(List<String> lines, List<String> malformed) {}

  private static final String[] DISTRICTS = {
      "1465088", "1465078", "1465118", "1465038", "1465058", "1465188", "1465148", "1465098"};
  private static final int[] DISTRICT_WEIGHTS = {26, 18, 14, 12, 10, 9, 7, 4};

  private static final String[] PREFIXES = {
      "Stowarzyszenie", "Fundacja", "Stowarzyszenie Mieszkańców", "Fundacja Rozwoju", "Towarzystwo Przyjaciół",
      "Klub Sportowy", "Stowarzyszenie Rodziców", "Fundacja Wspierania"};
  private static final String[] NAMES = {
      "Praskie Podwórka", "Nowa Szkoła", "Zielony Targówek", "Sąsiedzi z Kamionka", "Aktywni Seniorzy",
      "Bródno Razem", "Kultura na Szmulkach", "Wawerskie Lasy", "Mokotowska Pomoc", "Wolskie Warsztaty",
      "Grochów Sąsiedzki", "Białołęka Dzieciom", "Dobre Miejsce", "Otwarta Kuchnia", "Rodzina w Centrum",
      "Ruch i Zdrowie", "Czytamy Razem", "Muzyka Ulicy", "Podwórkowa Liga", "Wspólny Ogród",
      "Ząbkowska 2.0", "Nadwiślańskie Brzegi", "Pomocna Dłoń", "Młodzi Lokalnie", "Stara Praga"};
  private static final String[] TASKS = {
      "Półkolonie dla dzieci z rodzin w kryzysie", "Warsztaty kulinarne dla seniorów",
      "Piknik sąsiedzki na podwórku", "Zajęcia wyrównawcze z matematyki", "Klub rodzica",
      "Spacery historyczne po dzielnicy", "Turniej piłki podwórkowej", "Warsztaty cyfrowe 60+",
      "Letnie kino plenerowe", "Grupa wsparcia dla opiekunów osób zależnych", "Ogród społeczny – sezon letni",
      "Zajęcia teatralne dla młodzieży", "Porady prawne dla rodzin", "Festyn rodzinny",
      "Kurs pierwszej pomocy dla mieszkańców", "Warsztaty rękodzieła", "Wakacyjna akcja czytelnicza",
      "Sąsiedzka naprawialnia rowerów", "Zajęcia ruchowe dla osób z niepełnosprawnościami",
      "Świetlica podwórkowa"};
  private static final String[] NIP_OFFICES = {"113", "524", "525", "526", "521", "118", "951", "534"};

  private final Random random;
  private final int year;
  private final WorkingDayCalendar calendar = WorkingDayCalendar.polish();

  private SmallGrantCsvGenerator(long seed, int year) {
    this.random = new Random(seed);
    this.year = year;
  }

  /** An organisation of the generated register. */
  private record Org(String nip, String name, String home, int weight) {}

  /** One generated grant before it is written. */
  private record Grant(String district, List<String> fields, Money amount) {}

  /**
   * Generates a register of {@code rows} grant rows (some of them deliberately malformed) for
   * {@code year}.
   */
  static Generated generate(int rows, long seed, int year) {
    if (rows < 1) {
      throw new IllegalArgumentException("the number of rows must be positive, was " + rows);
    }
    return new SmallGrantCsvGenerator(seed, year).run(rows);
  }

  private Generated run(int rows) {
    List<Org> orgs = organisations(Math.max(4, rows * 3 / 5));
    int totalWeight = orgs.stream().mapToInt(Org::weight).sum();
    List<Grant> grants = new ArrayList<>();
    Map<String, Integer> sequence = new LinkedHashMap<>();
    Map<String, Long> totals = new LinkedHashMap<>();
    for (int i = 0; i < rows; i++) {
      Org org = pickOrg(orgs, totalWeight);
      String district = random.nextInt(100) < 85 ? org.home() : pickDistrict();
      int seq = sequence.merge(district, 1, Integer::sum);
      Grant g = grant(org, district, seq);
      grants.add(g);
      totals.merge(district, g.amount().grosze(), Long::sum);
    }

    List<String> lines = new ArrayList<>();
    lines.add("# Rejestr małych grantów (art. 19a UDPP) dzielnic m.st. Warszawy, rok " + year
        + " – dane zmyślone, wygenerowane.");
    lines.add("# Planned NGO-grant budgets of the bodies: #planned-budget;TERYT;YEAR;AMOUNT");
    for (String district : DISTRICTS) {
      long total = totals.getOrDefault(district, 0L);
      if (total == 0) {
        continue;
      }
      // Rembertów plans little, so its small grants exceed the 20% share; the others plan enough.
      long factor = district.equals("1465098") ? 4 : 6 + random.nextInt(7);
      long step = 10_000_00L;
      long planned = (total * factor + step - 1) / step * step;
      lines.add(SmallGrantRegisterFormat.PLANNED_BUDGET + ";" + district + ";" + year + ";"
          + Money.ofGrosze(planned).formatPolish());
    }
    lines.add(String.join(";", SmallGrantRegisterFormat.COLUMNS));
    int firstData = lines.size() + 1;

    List<String> malformed = new ArrayList<>();
    int bad = Math.min(5, Math.max(2, rows / 40));
    List<Integer> badRows = new ArrayList<>();
    while (badRows.size() < Math.min(bad, rows)) {
      int r = random.nextInt(rows);
      if (!badRows.contains(r)) {
        badRows.add(r);
      }
    }
    badRows.sort(null);
    for (int i = 0; i < grants.size(); i++) {
      List<String> fields = new ArrayList<>(grants.get(i).fields());
      int kind = badRows.indexOf(i);
      if (kind >= 0) {
        malformed.add("line " + (firstData + i) + ": " + spoil(fields, kind));
      }
      lines.add(line(fields));
    }
    // The 20% share (UDPP art. 19a) belongs to the city: its plan covers the grants of every district
    // board; the district lines above are the districts' own allotments. Written last, so the line
    // numbers of the rows stay as they are.
    long all = totals.values().stream().mapToLong(Long::longValue).sum();
    long step = 10_000_00L;
    lines.add(SmallGrantRegisterFormat.PLANNED_BUDGET + ";1465011;" + year + ";"
        + Money.ofGrosze((all * 6 + step - 1) / step * step).formatPolish());
    return new Generated(lines, malformed);
  }

  /** Makes a row malformed in one of five ways; returns what was done. */
  private static String spoil(List<String> fields, int kind) {
    int amount = SmallGrantRegisterFormat.COLUMNS.indexOf("amount");
    switch (kind % 5) {
      case 0 -> {
        fields.set(amount, "abc");
        return "amount 'abc'";
      }
      case 1 -> {
        fields.set(amount, "10.000,001");
        return "amount '10.000,001'";
      }
      case 2 -> {
        fields.set(SmallGrantRegisterFormat.COLUMNS.indexOf("task_start"), "2026-02-30");
        return "task_start '2026-02-30'";
      }
      case 3 -> {
        int nip = SmallGrantRegisterFormat.COLUMNS.indexOf("org_nip");
        String n = fields.get(nip);
        char last = n.charAt(n.length() - 1);
        fields.set(nip, n.substring(0, n.length() - 1) + (char) ('0' + (last - '0' + 1) % 10));
        return "org_nip '" + fields.get(nip) + "' (wrong check digit)";
      }
      default -> {
        fields.remove(fields.size() - 1);
        return "missing column (contract_date)";
      }
    }
  }

  private Grant grant(Org org, String district, int seq) {
    int roll = random.nextInt(100);
    long grosze;
    if (roll < 4) {
      grosze = 10_000_01L + random.nextInt(2_500_00);
    } else if (roll < 9) {
      grosze = 10_000_00L;
    } else if (roll < 24) {
      grosze = 2_000_00L + random.nextInt(8_000_00);
    } else {
      grosze = (20 + random.nextInt(80)) * 100_00L;
    }
    Money amount = Money.ofGrosze(grosze);
    int days = random.nextInt(16) == 0 ? 91 + random.nextInt(10) : 30 + random.nextInt(61);
    LocalDate earliestStart = LocalDate.of(year, 2, 10);
    LocalDate start = earliestStart.plusDays(random.nextInt(200));
    LocalDate end = start.plusDays(days - 1L);
    LocalDate received = calendar.nextWorkingDayOnOrAfter(start.minusDays(25 + random.nextInt(20)));

    String[] from = new String[3];
    String[] until = new String[3];
    LocalDate lastPosted = null;
    int missing = random.nextInt(80) == 0 ? random.nextInt(3) : -1;
    for (int p = 0; p < 3; p++) {
      if (p == missing) {
        from[p] = "";
        until[p] = "";
        continue;
      }
      int within = random.nextInt(60) == 0 ? 8 + random.nextInt(5) : 1 + random.nextInt(4);
      LocalDate posted = calendar.plusWorkingDays(received, within);
      int length = random.nextInt(150) == 0 ? 5 : 7 + random.nextInt(8);
      from[p] = posted.toString();
      until[p] = posted.plusDays(length - 1L).toString();
      lastPosted = lastPosted == null || posted.isAfter(lastPosted) ? posted : lastPosted;
    }
    String contract = "";
    if (lastPosted != null && random.nextInt(100) < 88) {
      LocalDate commentEnd = calendar.nextWorkingDayOnOrAfter(lastPosted.plusDays(7));
      LocalDate signed = random.nextInt(45) == 0 ? commentEnd.minusDays(2)
          : calendar.nextWorkingDayOnOrAfter(commentEnd.plusDays(1 + random.nextInt(6)));
      contract = signed.toString();
    }
    String local = random.nextInt(80) == 0 ? "nie" : "tak";
    String amountText = random.nextBoolean() ? amount.formatPolish() : amount.formatPlain();
    String districtNo = district.substring(4, 6);
    List<String> fields = List.of(
        "MG/" + districtNo + "/" + year + "/" + String.format("%04d", seq),
        district, org.nip(), org.name(), TASKS[random.nextInt(TASKS.length)], amountText,
        start.toString(), end.toString(), received.toString(),
        from[0], until[0], from[1], until[1], from[2], until[2], local, contract);
    return new Grant(district, fields, amount);
  }

  private Org pickOrg(List<Org> orgs, int totalWeight) {
    int r = random.nextInt(totalWeight);
    for (Org o : orgs) {
      r -= o.weight();
      if (r < 0) {
        return o;
      }
    }
    return orgs.get(orgs.size() - 1);
  }

  private String pickDistrict() {
    int total = 0;
    for (int w : DISTRICT_WEIGHTS) {
      total += w;
    }
    int r = random.nextInt(total);
    for (int i = 0; i < DISTRICTS.length; i++) {
      r -= DISTRICT_WEIGHTS[i];
      if (r < 0) {
        return DISTRICTS[i];
      }
    }
    return DISTRICTS[0];
  }

  private List<Org> organisations(int count) {
    List<Org> out = new ArrayList<>();
    List<String> taken = new ArrayList<>();
    // The Praski Kokon NGOs (their made-up NIPs), active in Praga-Północ.
    out.add(new Org("1132874653", "Stowarzyszenie Otwarte Drzwi", "1465088", 2));
    out.add(new Org("5241000122", "Fundacja Wspierania Rodzin \"Korale\"", "1465088", 4));
    out.add(new Org("5252300017", "Stowarzyszenie Centrum Wspierania Aktywności Lokalnej CAL", "1465088", 2));
    out.forEach(o -> taken.add(o.name()));
    while (out.size() < count) {
      String name = PREFIXES[random.nextInt(PREFIXES.length)] + " „" + NAMES[random.nextInt(NAMES.length)] + "”";
      if (taken.contains(name)) {
        name = name + " – Koło nr " + (taken.size() + 1);
      }
      taken.add(name);
      // Most organisations apply now and then; one in fifteen applies often.
      int weight = random.nextInt(15) == 0 ? 4 : 1 + random.nextInt(2);
      out.add(new Org(nip(), name, pickDistrict(), weight));
    }
    return out;
  }

  /** A made-up NIP with a valid check digit. */
  private String nip() {
    int[] weights = {6, 5, 7, 2, 3, 4, 5, 6, 7};
    while (true) {
      String digits = NIP_OFFICES[random.nextInt(NIP_OFFICES.length)] + String.format("%06d", random.nextInt(1_000_000));
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        sum += (digits.charAt(i) - '0') * weights[i];
      }
      int check = sum % 11;
      if (check != 10) {
        return digits + check;
      }
    }
  }

  /** Writes one field, quoting it when it holds a semicolon or a quote. */
  static String field(String value) {
    if (value.contains(";") || value.contains("\"")) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }

  /** Writes one row of fields, separated by semicolons. */
  static String line(List<String> fields) {
    return fields.stream().map(SmallGrantCsvGenerator::field).collect(java.util.stream.Collectors.joining(";"));
  }
}
