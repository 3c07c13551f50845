package pl.lsw.examples;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import pl.lsw.core.financing.FundingMode;
import pl.lsw.core.financing.GrantId;
import pl.lsw.core.financing.GrantingBody;
import pl.lsw.core.financing.GrantingBodyKind;
import pl.lsw.core.financing.PlannedGrantBudget;
import pl.lsw.core.financing.smallgrant.Publication;
import pl.lsw.core.financing.PublicationPlace;
import pl.lsw.core.financing.smallgrant.SmallGrant;
import pl.lsw.core.financing.smallgrant.SmallGrantStatus;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Nip;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.organisation.OrganisationId;

/**
 * The CSV format of a register of small grants (one row per grant) and its reader. The format is
 * documented for users in {@code lsw-examples/samples/README.md}; in short:
 *
 * <ul>
 *   <li>UTF-8, fields separated by a semicolon {@code ;} (the comma is the Polish decimal
 *       separator); a field may be enclosed in double quotes, a quote inside written twice; a
 *       field does not span lines;
 *   <li>empty lines and lines starting with {@code #} are skipped, except a line {@code
 *       #planned-budget;TERYT;YEAR;AMOUNT} which gives the NGO-grant budget a body planned for a
 *       year (the base of the 20% share);
 *   <li>the first other line is the header with exactly the {@link #COLUMNS}, in that order;
 *   <li>dates as {@code 2026-03-01} or {@code 01.03.2026}; amounts in Polish ({@code 8 000,00 zł},
 *       {@code 8000,50}) or plain ({@code 8000.50}) notation; the local flag as {@code tak}/{@code
 *       nie} (also {@code true}/{@code false}, {@code 1}/{@code 0}); empty publication columns mean
 *       "not posted there", an empty contract date "no contract yet".
 * </ul>
 *
 * A row with a bad value is not checked: it is reported with its line number (counted from 1,
 * comment lines included) and every reason found in it; the other rows are still read.
 */
final class SmallGrantCsv {

  /** The columns of the header, in order. */
  static final List<String> COLUMNS = List.of(
      "grant_id", "body_teryt", "org_nip", "org_name", "task_title", "amount", "task_start", "task_end",
      "offer_received", "bip_from", "bip_until", "board_from", "board_until", "website_from", "website_until",
      "local", "contract_date");

  /** The marker of a planned-budget comment line. */
  static final String PLANNED_BUDGET = "#planned-budget";

  /** The Warsaw districts (unit type 8) by TERYT code, with their names. */
  static final Map<String, String> WARSAW_DISTRICTS = warsawDistricts();

  private static final DateTimeFormatter POLISH_DATE =
      DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);

  private SmallGrantCsv() {}

  /** A grant read from a row, with what the report shows about it. */
  record Row(int line, String reference, SmallGrant grant, String organisationName, Nip nip) {}

  /** A row that could not be read, with every reason. */
  record Malformed(int line, List<String> reasons) {}

  /** Everything read from a file. */
  record Register(List<Row> rows, List<Malformed> malformed, List<PlannedGrantBudget> budgets, int dataLines) {

    /** The name and NIP of each organisation, by id. */
    Map<OrganisationId, Row> organisations() {
      Map<OrganisationId, Row> out = new HashMap<>();
      rows.forEach(r -> out.putIfAbsent(r.grant().applicant(), r));
      return out;
    }
  }

  /** The granting body of a TERYT area: a Warsaw district's board, or the body of another area. */
  static GrantingBody body(TerytCode area) {
    String district = WARSAW_DISTRICTS.get(area.value());
    if (district != null) {
      return GrantingBody.builder().name("Zarząd Dzielnicy " + district).area(area)
          .kind(GrantingBodyKind.DISTRICT_BOARD).build();
    }
    return GrantingBody.builder().name("Organ " + area.value()).area(area).kind(GrantingBodyKind.OTHER).build();
  }

  /** The id the register gives an organisation: derived from its NIP, so equal NIPs are one organisation. */
  static OrganisationId organisationId(Nip nip) {
    return OrganisationId.of(UUID.nameUUIDFromBytes(("organisation:" + nip.value()).getBytes(StandardCharsets.UTF_8)));
  }

  /** The id the register gives a grant: derived from its reference. */
  static GrantId grantId(String reference) {
    return GrantId.of(UUID.nameUUIDFromBytes(("small-grant:" + reference).getBytes(StandardCharsets.UTF_8)));
  }

  /** Reads a file; see the class documentation. */
  static Register read(Path file, boolean english) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in.lines().toList(), english);
    }
  }

  /** Reads the lines of a file; see the class documentation. */
  static Register read(List<String> lines, boolean english) {
    Texts t = new Texts(english);
    List<Row> rows = new ArrayList<>();
    List<Malformed> malformed = new ArrayList<>();
    Map<String, PlannedGrantBudget> budgets = new LinkedHashMap<>();
    Map<String, Integer> references = new HashMap<>();
    boolean headerSeen = false;
    int dataLines = 0;
    for (int i = 0; i < lines.size(); i++) {
      int lineNo = i + 1;
      String line = i == 0 && lines.get(i).startsWith("\uFEFF") ? lines.get(i).substring(1) : lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("#")) {
        if (line.startsWith(PLANNED_BUDGET)) {
          List<String> reasons = new ArrayList<>();
          PlannedGrantBudget b = plannedBudget(line, reasons, t);
          if (b == null) {
            malformed.add(new Malformed(lineNo, reasons));
          } else {
            budgets.put(b.body().area().value() + "/" + b.year(), b);
          }
        }
        continue;
      }
      List<String> fields;
      try {
        fields = split(line);
      } catch (IllegalArgumentException e) {
        if (headerSeen) {
          dataLines++;
        }
        malformed.add(new Malformed(lineNo, List.of(t.t("cudzysłowy: ", "quotes: ") + e.getMessage())));
        continue;
      }
      if (!headerSeen) {
        headerSeen = true;
        List<String> header = fields.stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).toList();
        if (!header.equals(COLUMNS)) {
          malformed.add(new Malformed(lineNo, List.of(t.t(
              "nagłówek musi zawierać kolumny " + String.join(";", COLUMNS) + ", a zawiera " + String.join(";", header),
              "the header must list the columns " + String.join(";", COLUMNS) + ", but lists " + String.join(";", header)))));
          return new Register(rows, malformed, List.copyOf(budgets.values()), dataLines);
        }
        continue;
      }
      dataLines++;
      List<String> reasons = new ArrayList<>();
      Row row = row(lineNo, fields, reasons, t);
      if (row != null) {
        Integer earlier = references.putIfAbsent(row.reference(), lineNo);
        if (earlier != null) {
          reasons.add(t.t("identyfikator grantu '" + row.reference() + "' był już w wierszu " + earlier,
              "grant id '" + row.reference() + "' was already used on line " + earlier));
          row = null;
        }
      }
      if (row == null) {
        malformed.add(new Malformed(lineNo, reasons));
      } else {
        rows.add(row);
      }
    }
    if (!headerSeen) {
      malformed.add(new Malformed(1, List.of(t.t("plik nie ma nagłówka", "the file has no header"))));
    }
    return new Register(rows, malformed, List.copyOf(budgets.values()), dataLines);
  }

  private static PlannedGrantBudget plannedBudget(String line, List<String> reasons, Texts t) {
    List<String> f = split(line);
    if (f.size() != 4) {
      reasons.add(t.t("wiersz planu ma postać " + PLANNED_BUDGET + ";TERYT;ROK;KWOTA, a ma " + f.size() + " pól",
          "a plan line reads " + PLANNED_BUDGET + ";TERYT;YEAR;AMOUNT, but has " + f.size() + " fields"));
      return null;
    }
    TerytCode area = value(TerytCode.parse(f.get(1).trim()), "TERYT", reasons, t);
    Integer year = null;
    try {
      year = Integer.parseInt(f.get(2).trim());
    } catch (NumberFormatException e) {
      reasons.add(t.t("rok '" + f.get(2) + "' nie jest liczbą", "year '" + f.get(2) + "' is not a number"));
    }
    Money amount = value(Money.parseNonNegative(f.get(3)), t.t("kwota planu", "planned amount"), reasons, t);
    if (!reasons.isEmpty()) {
      return null;
    }
    try {
      return new PlannedGrantBudget(body(area), year, amount);
    } catch (pl.lsw.core.kernel.InvalidInputException e) {
      e.problems().forEach(p -> reasons.add(p.code() + ": " + p.message(t.locale())));
      return null;
    }
  }

  private static Row row(int lineNo, List<String> f, List<String> reasons, Texts t) {
    if (f.size() != COLUMNS.size()) {
      reasons.add(t.t("oczekiwano " + COLUMNS.size() + " kolumn, jest " + f.size(),
          "expected " + COLUMNS.size() + " columns, found " + f.size()));
      return null;
    }
    Map<String, String> v = new HashMap<>();
    for (int i = 0; i < COLUMNS.size(); i++) {
      v.put(COLUMNS.get(i), f.get(i).trim());
    }
    String reference = v.get("grant_id");
    if (reference.isEmpty()) {
      reasons.add(t.t("grant_id: brak identyfikatora grantu", "grant_id: the grant id is missing"));
    }
    TerytCode area = value(TerytCode.parse(v.get("body_teryt")), "body_teryt", reasons, t);
    Nip nip = value(Nip.parse(v.get("org_nip")), "org_nip", reasons, t);
    String name = v.get("org_name");
    if (name.isEmpty()) {
      reasons.add(t.t("org_name: brak nazwy organizacji", "org_name: the organisation's name is missing"));
    }
    String title = v.get("task_title");
    if (title.isEmpty()) {
      reasons.add(t.t("task_title: brak tytułu zadania", "task_title: the task's title is missing"));
    }
    Money amount = value(Money.parseNonNegative(v.get("amount")), "amount", reasons, t);
    if (amount != null && !amount.isPositive()) {
      reasons.add(t.t("amount: kwota musi być dodatnia, jest '" + v.get("amount") + "'",
          "amount: the amount must be positive, is '" + v.get("amount") + "'"));
    }
    LocalDate start = date(v, "task_start", true, reasons, t);
    LocalDate end = date(v, "task_end", true, reasons, t);
    LocalDate received = date(v, "offer_received", true, reasons, t);
    List<Publication> publications = new ArrayList<>();
    publication(v, "bip", PublicationPlace.BIP, publications, reasons, t);
    publication(v, "board", PublicationPlace.NOTICE_BOARD, publications, reasons, t);
    publication(v, "website", PublicationPlace.WEBSITE, publications, reasons, t);
    Boolean local = flag(v.get("local"), reasons, t);
    LocalDate contract = date(v, "contract_date", false, reasons, t);
    DateRange period = null;
    if (start != null && end != null) {
      Validation<Seq<Problem>, DateRange> r = DateRange.parse(start, end);
      period = value(r, "task_start/task_end", reasons, t);
    }
    if (received != null) {
      for (Publication p : publications) {
        if (p.postedFrom().isBefore(received)) {
          reasons.add(t.t(column(p.place()) + "_from: zamieszczenie " + p.postedFrom() + " przed wpływem oferty " + received,
              column(p.place()) + "_from: posted on " + p.postedFrom() + ", before the offer came in on " + received));
        }
      }
      if (contract != null && contract.isBefore(received)) {
        reasons.add(t.t("contract_date: umowa " + contract + " przed wpływem oferty " + received,
            "contract_date: the contract of " + contract + " is before the offer came in on " + received));
      }
    }
    if (!reasons.isEmpty()) {
      return null;
    }
    SmallGrant grant = SmallGrant.builder()
        .id(grantId(reference))
        .body(body(area))
        .applicant(organisationId(nip))
        .applicantNip(nip)
        .taskTitle(title)
        .localOrRegional(local)
        .taskPeriod(period)
        .amount(amount)
        .mode(FundingMode.SUPPORT)
        .offerReceived(received)
        .publications(publications)
        .contractDate(Optional.ofNullable(contract))
        .status(contract != null ? SmallGrantStatus.CONTRACTED
            : publications.isEmpty() ? SmallGrantStatus.RECEIVED : SmallGrantStatus.PUBLISHED)
        .build();
    return new Row(lineNo, reference, grant, name, nip);
  }

  /** The column prefix of a place. */
  static String column(PublicationPlace place) {
    return switch (place) {
      case BIP -> "bip";
      case NOTICE_BOARD -> "board";
      case WEBSITE -> "website";
    };
  }

  private static void publication(Map<String, String> v, String prefix, PublicationPlace place,
      List<Publication> out, List<String> reasons, Texts t) {
    LocalDate from = date(v, prefix + "_from", false, reasons, t);
    LocalDate until = date(v, prefix + "_until", false, reasons, t);
    if (from == null && until == null) {
      return;
    }
    if (from == null || until == null) {
      if (!v.get(prefix + "_from").isEmpty() && !v.get(prefix + "_until").isEmpty()) {
        return; // a date was bad, already reported
      }
      reasons.add(t.t(prefix + "_from/" + prefix + "_until: podaj obie daty albo żadnej",
          prefix + "_from/" + prefix + "_until: give both dates or neither"));
      return;
    }
    if (until.isBefore(from)) {
      reasons.add(t.t(prefix + "_until: " + until + " jest przed " + prefix + "_from " + from,
          prefix + "_until: " + until + " is before " + prefix + "_from " + from));
      return;
    }
    out.add(new Publication(place, from, until));
  }

  private static Boolean flag(String text, List<String> reasons, Texts t) {
    switch (text.toLowerCase(Locale.ROOT)) {
      case "tak", "t", "true", "1", "yes", "y" -> {
        return true;
      }
      case "nie", "n", "false", "0", "no" -> {
        return false;
      }
      default -> {
        reasons.add(t.t("local: '" + text + "' nie jest wartością tak/nie",
            "local: '" + text + "' is not yes/no (tak/nie)"));
        return null;
      }
    }
  }

  private static LocalDate date(Map<String, String> v, String column, boolean required, List<String> reasons,
      Texts t) {
    String text = v.get(column);
    if (text.isEmpty()) {
      if (required) {
        reasons.add(t.t(column + ": brak daty", column + ": the date is missing"));
      }
      return null;
    }
    try {
      return text.contains(".") ? LocalDate.parse(text, POLISH_DATE) : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      reasons.add(t.t(column + ": '" + text + "' nie jest datą (RRRR-MM-DD lub DD.MM.RRRR)",
          column + ": '" + text + "' is not a date (YYYY-MM-DD or DD.MM.YYYY)"));
      return null;
    }
  }

  private static <T> T value(Validation<Seq<Problem>, T> v, String column, List<String> reasons, Texts t) {
    if (v.isValid()) {
      return v.get();
    }
    reasons.add(column + ": " + v.getError().map(p -> p.code() + " – " + p.message(t.locale())).mkString("; "));
    return null;
  }

  /**
   * Splits one line at semicolons outside double quotes; a quote inside a quoted field is written
   * twice.
   *
   * @throws IllegalArgumentException when a quoted field is not closed
   */
  static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ';') {
        out.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("a quoted field is not closed");
    }
    out.add(field.toString());
    return out;
  }

  /** Writes one field, quoting it when it holds a semicolon or a quote. */
  static String field(String value) {
    if (value.contains(";") || value.contains("\"")) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }

  /** Writes one row of fields. */
  static String line(List<String> fields) {
    return fields.stream().map(SmallGrantCsv::field).collect(Collectors.joining(";"));
  }

  private static Map<String, String> warsawDistricts() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("1465028", "Bemowo");
    m.put("1465038", "Białołęka");
    m.put("1465048", "Bielany");
    m.put("1465058", "Mokotów");
    m.put("1465068", "Ochota");
    m.put("1465078", "Praga-Południe");
    m.put("1465088", "Praga-Północ");
    m.put("1465098", "Rembertów");
    m.put("1465108", "Śródmieście");
    m.put("1465118", "Targówek");
    m.put("1465128", "Ursus");
    m.put("1465138", "Ursynów");
    m.put("1465148", "Wawer");
    m.put("1465158", "Wesoła");
    m.put("1465168", "Wilanów");
    m.put("1465178", "Włochy");
    m.put("1465188", "Wola");
    m.put("1465198", "Żoliborz");
    return java.util.Collections.unmodifiableMap(m);
  }

  /** Picks Polish or English text. */
  record Texts(boolean english) {
    String t(String polish, String englishText) {
      return english ? englishText : polish;
    }

    Locale locale() {
      return english ? Locale.ENGLISH : pl.lsw.core.kernel.Messages.POLISH;
    }
  }
}
