package pl.lsw.core.typology;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Problem;

/**
 * Which stage of a {@link Ladder} a partnership (or a relationship) has reached on a day, from the
 * evidence given per indicator, with the evidence for it and what is missing for the next stage.
 *
 * <p><b>The stage reached</b> is the highest stage such that every indicator of that stage and
 * every indicator of every lower stage has at least one piece of evidence. Stages are cumulative
 * (each adds to the one before, as the seed and Himmelman describe them), so evidence of a higher
 * stage does not count while a lower stage is not met; it is kept and shown as {@link
 * #evidenceAbove()}. No stage is reached when an indicator of the first stage lacks evidence.
 *
 * <p>Immutable. Polish: <i>ocena stopnia współpracy</i>.
 *
 * @param ladder the ladder assessed against
 * @param assessedOn the day of the assessment
 * @param evidence the evidence, every piece naming an indicator of the ladder
 */
public record LadderAssessment(Ladder ladder, LocalDate assessedOn, List<Evidence> evidence) {

  /**
   * Copies the evidence and refuses evidence of an indicator the ladder does not have, listing
   * every such piece.
   *
   * @param ladder the ladder
   * @param assessedOn the day
   * @param evidence the evidence
   * @throws InvalidInputException {@code EVIDENCE_UNKNOWN_INDICATOR}
   */
  public LadderAssessment {
    Objects.requireNonNull(ladder, "ladder");
    Objects.requireNonNull(assessedOn, "assessedOn");
    evidence = List.copyOf(evidence);
    TypologyProblems.throwIfAny(problems(ladder, evidence));
  }

  /**
   * Assesses evidence against a ladder.
   *
   * @param ladder the ladder
   * @param assessedOn the day
   * @param evidence the evidence
   * @return the assessment
   * @throws InvalidInputException listing every piece of evidence of an unknown indicator
   */
  public static LadderAssessment assess(Ladder ladder, LocalDate assessedOn,
      Collection<Evidence> evidence) {
    return new LadderAssessment(ladder, assessedOn, List.copyOf(evidence));
  }

  /**
   * Assesses evidence against a ladder, or lists every problem.
   *
   * @param ladder the ladder
   * @param assessedOn the day
   * @param evidence the evidence
   * @return the assessment, or the problems ({@code EVIDENCE_UNKNOWN_INDICATOR})
   */
  public static Validation<Seq<Problem>, LadderAssessment> validate(Ladder ladder,
      LocalDate assessedOn, Collection<Evidence> evidence) {
    Objects.requireNonNull(ladder, "ladder");
    Objects.requireNonNull(assessedOn, "assessedOn");
    List<Evidence> copy = List.copyOf(evidence);
    List<Problem> problems = problems(ladder, copy);
    return problems.isEmpty() ? Validation.valid(new LadderAssessment(ladder, assessedOn, copy))
        : Validation.invalid(io.vavr.collection.List.ofAll(problems));
  }

  private static List<Problem> problems(Ladder ladder, List<Evidence> evidence) {
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < evidence.size(); i++) {
      Evidence e = evidence.get(i);
      if (ladder.indicator(e.indicator()).isEmpty()) {
        problems.add(TypologyProblems.PROBLEMS.problem("evidence[" + i + "].indicator",
            "EVIDENCE_UNKNOWN_INDICATOR", "ladder", ladder.title(), "code", e.indicator()));
      }
    }
    return problems;
  }

  /**
   * Whether an indicator has evidence.
   *
   * @param indicator the indicator
   * @return true when at least one piece of evidence names it
   */
  public boolean isMet(Indicator indicator) {
    return evidence.stream().anyMatch(e -> e.indicator().equals(indicator.code()));
  }

  /** @return the position of the stage reached, -1 when none */
  public int reachedPosition() {
    int reached = -1;
    for (LadderStage s : ladder.stages()) {
      if (!s.indicators().stream().allMatch(this::isMet)) {
        break;
      }
      reached++;
    }
    return reached;
  }

  /** @return the stage reached; empty when not even the first stage is */
  public Optional<LadderStage> reached() {
    int p = reachedPosition();
    return p < 0 ? Optional.empty() : Optional.of(ladder.stages().get(p));
  }

  /** @return the stage above the one reached (the first when none is); empty at the top */
  public Optional<LadderStage> next() {
    int p = reachedPosition() + 1;
    return p < ladder.stages().size() ? Optional.of(ladder.stages().get(p)) : Optional.empty();
  }

  /** @return the evidence of the indicators of the stage reached and the stages below it */
  public List<Evidence> evidenceForReached() {
    Set<String> codes = codesUpTo(reachedPosition());
    return evidence.stream().filter(e -> codes.contains(e.indicator())).toList();
  }

  /** @return the evidence of indicators above the next stage's, which does not count yet */
  public List<Evidence> evidenceAbove() {
    Set<String> codes = codesUpTo(reachedPosition() + 1);
    return evidence.stream().filter(e -> !codes.contains(e.indicator())).toList();
  }

  /** @return the indicators of the next stage that lack evidence; empty at the top */
  public List<Indicator> missingForNext() {
    return next().map(s -> s.indicators().stream().filter(i -> !isMet(i)).toList())
        .orElse(List.of());
  }

  /**
   * The assessment for people: the stage reached (or none), the evidence for it one line each,
   * and what is missing for the next stage (or that the top is reached).
   *
   * @param locale the reader's locale (Polish unless English)
   * @return the lines
   */
  public List<String> explanation(Locale locale) {
    List<String> lines = new ArrayList<>();
    Optional<LadderStage> reached = reached();
    lines.add(reached.isPresent()
        ? TypologyProblems.TEXTS.format("ladder.reached", Map.of("stage", reached.get().title(),
            "ladder", ladder.title(), "date", assessedOn), locale)
        : TypologyProblems.TEXTS.format("ladder.none", Map.of("ladder", ladder.title(),
            "date", assessedOn), locale));
    for (Evidence e : evidenceForReached()) {
      lines.add(TypologyProblems.TEXTS.format("ladder.evidence", Map.of("indicator",
          ladder.indicator(e.indicator()).orElseThrow().title(), "source", e.source(),
          "note", e.note()), locale));
    }
    Optional<LadderStage> next = next();
    lines.add(next.isPresent()
        ? TypologyProblems.TEXTS.format("ladder.missing", Map.of("stage", next.get().title(),
            "indicators", missingForNext().stream().map(Indicator::title)
                .collect(Collectors.toList())), locale)
        : TypologyProblems.TEXTS.format("ladder.top", Map.of(), locale));
    return lines;
  }

  private Set<String> codesUpTo(int position) {
    return ladder.stages().stream().limit(Math.max(0, position + 1))
        .flatMap(s -> s.indicators().stream()).map(Indicator::code).collect(Collectors.toSet());
  }
}
