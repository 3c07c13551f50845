package pl.lsw.interchange.smallgrant;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.lsw.core.financing.PlannedGrantBudget;
import pl.lsw.core.financing.PublicationPlace;
import pl.lsw.core.financing.smallgrant.Publication;
import pl.lsw.core.financing.smallgrant.SmallGrantEntry;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Nip;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.TerytCode;

/**
 * Reads a register of small grants in CSV (the format of the {@linkplain
 * pl.lsw.interchange.smallgrant package documentation}) into {@link SmallGrantEntry entries}.
 *
 * <p>It never throws for bad content: every line is either read ({@link
 * SmallGrantRegister#rows()}), reported with its line number and every reason ({@link
 * SmallGrantRegister#malformedRows()}), a planned-budget line, a comment or empty; problems of the
 * file as a whole (empty, no header, a wrong header) are in {@link
 * SmallGrantRegister#fileProblems()}. Only a source that cannot be read at all (a missing file,
 * a directory, an I/O error) throws {@link UnreadableRegisterException}.
 *
 * <p>A date is plausible from {@value #EARLIEST_YEAR}-01-01 up to ten years after the day of the
 * check given to the reader; any other date makes its row malformed.
 *
 * <p>Immutable and thread-safe. Polish: <i>czytnik rejestru małych grantów w CSV</i>.
 */
public final class SmallGrantRegisterReader {

  /** The earliest plausible year of a date in a register. */
  public static final int EARLIEST_YEAR = 2010;

  /** How many years after the day of the check a date may lie. */
  public static final int YEARS_AHEAD = 10;

  /** The Windows code page of Central Europe, what Polish Excel saves CSV in. */
  public static final Charset WINDOWS_1250 = Charset.forName("windows-1250");

  private static final Logger LOG = LoggerFactory.getLogger(SmallGrantRegisterReader.class);
  private static final DateTimeFormatter POLISH_DATE =
      DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private final LocalDate earliest;
  private final LocalDate latest;

  private SmallGrantRegisterReader(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    this.earliest = LocalDate.of(EARLIEST_YEAR, 1, 1);
    this.latest = asOf.plusYears(YEARS_AHEAD);
  }

  /**
   * A reader for a check on {@code asOf} (which bounds the plausible dates).
   *
   * @param asOf the day of the check
   * @return the reader
   */
  public static SmallGrantRegisterReader asOf(LocalDate asOf) {
    return new SmallGrantRegisterReader(asOf);
  }

  /**
   * Reads a file.
   *
   * @param file the file
   * @return what was read
   * @throws UnreadableRegisterException when the file is missing, is a directory or cannot be read
   */
  public SmallGrantRegister read(Path file) {
    Objects.requireNonNull(file, "file");
    if (Files.isDirectory(file)) {
      throw new UnreadableRegisterException(file, UnreadableRegisterException.Reason.DIRECTORY,
          file + " is a directory, not a register file", null);
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new UnreadableRegisterException(file, UnreadableRegisterException.Reason.MISSING,
          "no file " + file, e);
    } catch (IOException e) {
      throw new UnreadableRegisterException(file, UnreadableRegisterException.Reason.IO_ERROR,
          "cannot read " + file + ": " + e.getMessage(), e);
    }
    return read(bytes);
  }

  /**
   * Reads a stream to its end (the stream is not closed).
   *
   * @param in the stream
   * @return what was read
   * @throws UnreadableRegisterException when reading fails
   */
  public SmallGrantRegister read(InputStream in) {
    try {
      return read(in.readAllBytes());
    } catch (IOException e) {
      throw new UnreadableRegisterException(null, UnreadableRegisterException.Reason.IO_ERROR,
          "cannot read the register: " + e.getMessage(), e);
    }
  }

  /**
   * Reads the bytes of a register: UTF-8 (with or without a byte order mark) when they are valid
   * UTF-8, otherwise windows-1250.
   *
   * @param bytes the bytes
   * @return what was read
   */
  public SmallGrantRegister read(byte[] bytes) {
    Charset charset = StandardCharsets.UTF_8;
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      charset = WINDOWS_1250;
      text = new String(bytes, WINDOWS_1250);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return read(text, charset);
  }

  private SmallGrantRegister read(String text, Charset charset) {
    List<String> lines = new ArrayList<>(List.of(text.split("\r\n|\n|\r", -1)));
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    List<RegisterRow> rows = new ArrayList<>();
    List<MalformedRow> malformed = new ArrayList<>();
    List<Problem> fileProblems = new ArrayList<>();
    Map<String, PlannedGrantBudget> budgets = new LinkedHashMap<>();
    Map<String, Integer> numbers = new HashMap<>();
    Character separator = null;
    int dataRows = 0;
    boolean headerBad = false;
    for (int i = 0; i < lines.size(); i++) {
      int lineNo = i + 1;
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      boolean hashed = line.strip().startsWith("#");
      if (separator == null) {
        if (hashed) {
          if (line.strip().startsWith(PLANNED_BUDGET_WITH_SEPARATOR_SEMICOLON)
              || line.strip().startsWith(PLANNED_BUDGET_WITH_SEPARATOR_COMMA)) {
            char sep = line.strip().charAt(SmallGrantRegisterFormat.PLANNED_BUDGET.length());
            plannedBudget(lineNo, line, sep, budgets, malformed);
          }
          continue;
        }
        separator = line.indexOf(';') >= 0 || line.indexOf(',') < 0 ? ';' : ',';
        Optional<List<String>> header = split(line, separator);
        List<String> names = header.orElse(List.of(line)).stream()
            .map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
        if (!names.equals(SmallGrantRegisterFormat.COLUMNS)) {
          headerBad = true;
          malformed.add(new MalformedRow(lineNo, List.of(InterchangeProblems.PROBLEMS.problem("", "CSV_HEADER",
              "expected", String.join(String.valueOf(separator), SmallGrantRegisterFormat.COLUMNS),
              "found", String.join(String.valueOf(separator), names)))));
        }
        continue;
      }
      Optional<List<String>> split = split(line, separator);
      if (hashed && split.isPresent()) {
        List<String> f = split.get();
        if (f.get(0).strip().equals(SmallGrantRegisterFormat.PLANNED_BUDGET)) {
          plannedBudget(lineNo, line, separator, budgets, malformed);
          continue;
        }
        if (f.size() == 1) {
          continue; // a comment: no separator outside quotes
        }
      }
      dataRows++;
      if (headerBad) {
        continue;
      }
      if (split.isEmpty()) {
        malformed.add(new MalformedRow(lineNo, List.of(InterchangeProblems.PROBLEMS.problem("", "CSV_QUOTES"))));
        continue;
      }
      List<Problem> problems = new ArrayList<>();
      Optional<SmallGrantEntry> entry = entry(split.get(), problems);
      if (entry.isPresent()) {
        Integer earlier = numbers.putIfAbsent(entry.get().registerNumber(), lineNo);
        if (earlier != null) {
          problems.add(InterchangeProblems.PROBLEMS.problem("grant_id", "CSV_DUPLICATE_NUMBER",
              "number", entry.get().registerNumber(), "line", earlier));
          entry = Optional.empty();
        }
      }
      if (entry.isPresent()) {
        rows.add(new RegisterRow(lineNo, entry.get()));
      } else {
        malformed.add(new MalformedRow(lineNo, problems));
      }
    }
    if (lines.stream().allMatch(String::isBlank)) {
      fileProblems.add(InterchangeProblems.PROBLEMS.problem("", "CSV_EMPTY"));
    } else if (separator == null) {
      fileProblems.add(InterchangeProblems.PROBLEMS.problem("", "CSV_NO_HEADER"));
    } else if (headerBad && dataRows > 0) {
      fileProblems.add(InterchangeProblems.PROBLEMS.problem("", "CSV_NOT_READ", "count", dataRows));
    }
    LOG.debug("register read: {} rows, {} malformed, {} budgets, charset {}", rows.size(), malformed.size(),
        budgets.size(), charset);
    return new SmallGrantRegister(rows, malformed, List.copyOf(budgets.values()), fileProblems, dataRows, charset,
        separator == null ? ';' : separator);
  }

  private static final String PLANNED_BUDGET_WITH_SEPARATOR_SEMICOLON = SmallGrantRegisterFormat.PLANNED_BUDGET + ";";
  private static final String PLANNED_BUDGET_WITH_SEPARATOR_COMMA = SmallGrantRegisterFormat.PLANNED_BUDGET + ",";

  /** Splits a line; empty when a quoted field is not closed or a quote stands inside a field. */
  static Optional<List<String>> split(String line, char separator) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setQuote('"')
        .setRecordSeparator("\n").setIgnoreEmptyLines(false).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(line), format)) {
      List<CSVRecord> records = parser.getRecords();
      if (records.size() != 1) {
        return Optional.empty();
      }
      return Optional.of(records.get(0).toList());
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private void plannedBudget(int lineNo, String line, char separator, Map<String, PlannedGrantBudget> budgets,
      List<MalformedRow> malformed) {
    List<Problem> problems = new ArrayList<>();
    Optional<List<String>> split = split(line.strip(), separator);
    if (split.isEmpty()) {
      malformed.add(new MalformedRow(lineNo, List.of(InterchangeProblems.PROBLEMS.problem("", "CSV_QUOTES"))));
      return;
    }
    List<String> f = split.get();
    if (f.size() != 4) {
      malformed.add(new MalformedRow(lineNo, List.of(InterchangeProblems.PROBLEMS.problem("", "CSV_PLAN_FIELDS",
          "found", f.size()))));
      return;
    }
    TerytCode area = value(TerytCode.parse(f.get(1).strip()), "TERYT", problems);
    Integer year = null;
    try {
      year = Integer.parseInt(f.get(2).strip());
      if (year < EARLIEST_YEAR || year > latest.getYear()) {
        problems.add(InterchangeProblems.PROBLEMS.problem("YEAR", "CSV_YEAR_RANGE", "value", f.get(2).strip(),
            "from", EARLIEST_YEAR, "until", latest.getYear()));
        year = null;
      }
    } catch (NumberFormatException e) {
      problems.add(InterchangeProblems.PROBLEMS.problem("YEAR", "CSV_YEAR", "value", f.get(2).strip()));
    }
    Money amount = value(Money.parseNonNegative(f.get(3).strip()), "AMOUNT", problems);
    if (problems.isEmpty()) {
      try {
        PlannedGrantBudget b = new PlannedGrantBudget(SmallGrantRegisterFormat.bodyOf(area), year, amount);
        budgets.remove(area.value() + "/" + year);
        budgets.put(area.value() + "/" + year, b);
        return;
      } catch (InvalidInputException e) {
        problems.addAll(e.problems());
      }
    }
    malformed.add(new MalformedRow(lineNo, problems));
  }

  private Optional<SmallGrantEntry> entry(List<String> f, List<Problem> problems) {
    List<String> columns = SmallGrantRegisterFormat.COLUMNS;
    if (f.size() != columns.size()) {
      problems.add(InterchangeProblems.PROBLEMS.problem("", "CSV_COLUMN_COUNT", "expected", columns.size(),
          "found", f.size()));
      return Optional.empty();
    }
    Map<String, String> v = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      v.put(columns.get(i), f.get(i).strip());
    }
    String number = required(v, "grant_id", problems);
    TerytCode area = value(TerytCode.parse(v.get("body_teryt")), "body_teryt", problems);
    Nip nip = value(Nip.parse(v.get("org_nip")), "org_nip", problems);
    String name = required(v, "org_name", problems);
    String title = required(v, "task_title", problems);
    Money amount = value(Money.parseNonNegative(v.get("amount")), "amount", problems);
    if (amount != null && !amount.isPositive()) {
      problems.add(InterchangeProblems.PROBLEMS.problem("amount", "CSV_AMOUNT_POSITIVE", "value", v.get("amount")));
    }
    LocalDate start = date(v, "task_start", true, problems);
    LocalDate end = date(v, "task_end", true, problems);
    LocalDate received = date(v, "offer_received", true, problems);
    List<Publication> publications = new ArrayList<>();
    publication(v, "bip", PublicationPlace.BIP, publications, problems);
    publication(v, "board", PublicationPlace.NOTICE_BOARD, publications, problems);
    publication(v, "website", PublicationPlace.WEBSITE, publications, problems);
    Boolean local = flag(v.get("local"), problems);
    LocalDate contract = date(v, "contract_date", false, problems);
    DateRange period = null;
    if (start != null && end != null) {
      period = value(DateRange.parse(start, end), "task_start/task_end", problems);
    }
    if (received != null) {
      for (Publication p : publications) {
        if (p.postedFrom().isBefore(received)) {
          problems.add(InterchangeProblems.PROBLEMS.problem(column(p.place()) + "_from", "CSV_POSTED_BEFORE_RECEIPT",
              "posted", p.postedFrom(), "received", received));
        }
      }
      if (contract != null && contract.isBefore(received)) {
        problems.add(InterchangeProblems.PROBLEMS.problem("contract_date", "CSV_CONTRACT_BEFORE_RECEIPT",
            "date", contract, "received", received));
      }
    }
    if (!problems.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(SmallGrantEntry.builder().registerNumber(number).body(SmallGrantRegisterFormat.bodyOf(area))
          .applicantNip(nip).applicantName(name).taskTitle(title).amount(amount).taskPeriod(period)
          .offerReceived(received).publications(publications).localOrRegional(local)
          .contractDate(Optional.ofNullable(contract)).build());
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
      return Optional.empty();
    }
  }

  private static String required(Map<String, String> v, String column, List<Problem> problems) {
    String text = v.get(column);
    if (text.isEmpty()) {
      problems.add(InterchangeProblems.PROBLEMS.problem(column, "CSV_REQUIRED"));
    }
    return text;
  }

  /** The column prefix of a place. */
  static String column(PublicationPlace place) {
    return switch (place) {
      case BIP -> "bip";
      case NOTICE_BOARD -> "board";
      case WEBSITE -> "website";
    };
  }

  private void publication(Map<String, String> v, String prefix, PublicationPlace place,
      List<Publication> out, List<Problem> problems) {
    boolean fromGiven = !v.get(prefix + "_from").isEmpty();
    boolean untilGiven = !v.get(prefix + "_until").isEmpty();
    LocalDate from = date(v, prefix + "_from", false, problems);
    LocalDate until = date(v, prefix + "_until", false, problems);
    if (!fromGiven && !untilGiven) {
      return;
    }
    if (fromGiven != untilGiven) {
      problems.add(InterchangeProblems.PROBLEMS.problem(prefix + "_from/" + prefix + "_until", "CSV_PUBLICATION_BOTH"));
      return;
    }
    if (from == null || until == null) {
      return; // a bad date, already reported
    }
    if (until.isBefore(from)) {
      problems.add(InterchangeProblems.PROBLEMS.problem(prefix + "_until", "CSV_PUBLICATION_ORDER",
          "from", from, "until", until));
      return;
    }
    out.add(new Publication(place, from, until));
  }

  private static Boolean flag(String text, List<Problem> problems) {
    switch (text.toLowerCase(Locale.ROOT)) {
      case "tak", "t", "true", "1", "yes", "y" -> {
        return true;
      }
      case "nie", "n", "false", "0", "no" -> {
        return false;
      }
      default -> {
        problems.add(InterchangeProblems.PROBLEMS.problem("local", "CSV_FLAG", "value", text));
        return null;
      }
    }
  }

  private LocalDate date(Map<String, String> v, String column, boolean required, List<Problem> problems) {
    String text = v.get(column);
    if (text.isEmpty()) {
      if (required) {
        problems.add(InterchangeProblems.PROBLEMS.problem(column, "CSV_DATE_MISSING"));
      }
      return null;
    }
    LocalDate d;
    try {
      d = text.contains(".") ? LocalDate.parse(text, POLISH_DATE) : LocalDate.parse(text, ISO_DATE);
    } catch (DateTimeParseException e) {
      problems.add(InterchangeProblems.PROBLEMS.problem(column, "CSV_DATE", "value", text));
      return null;
    }
    if (d.isBefore(earliest) || d.isAfter(latest)) {
      problems.add(InterchangeProblems.PROBLEMS.problem(column, "CSV_DATE_RANGE", "value", text,
          "from", earliest, "until", latest));
      return null;
    }
    return d;
  }

  private static <T> T value(Validation<Seq<Problem>, T> v, String column, List<Problem> problems) {
    if (v.isValid()) {
      return v.get();
    }
    v.getError().forEach(p -> problems.add(p.under(column)));
    return null;
  }
}
