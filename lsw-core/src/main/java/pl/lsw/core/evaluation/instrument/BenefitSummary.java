package pl.lsw.core.evaluation.instrument;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import pl.lsw.core.kernel.DateRange;

/**
 * The benefits of cooperation recorded in a period, counted per {@link StakeholderGroup}, with the
 * groups for which no benefit was recorded — the seed (001 §2.3) expects benefits for all four, and
 * found the local community the hardest.
 *
 * <p>Immutable. Polish: <i>podsumowanie korzyści ze współpracy</i>.
 *
 * @param period the period, both ends included
 * @param benefits the benefits recorded in the period, in the order given
 */
public record BenefitSummary(DateRange period, List<BenefitRecord> benefits) {

  /**
   * Copies the benefits, keeping those recorded in the period.
   *
   * @param period the period
   * @param benefits the benefits
   */
  public BenefitSummary {
    Objects.requireNonNull(period, "period");
    benefits = benefits.stream().filter(b -> period.contains(b.recordedOn())).toList();
  }

  /**
   * The summary of the benefits recorded in a period; the others are left out.
   *
   * @param period the period
   * @param benefits the benefits
   * @return the summary
   */
  public static BenefitSummary of(DateRange period, Collection<BenefitRecord> benefits) {
    return new BenefitSummary(period, List.copyOf(benefits));
  }

  /** @return the number of benefits of each group, every group included, in the seed's order */
  public Map<StakeholderGroup, Integer> counts() {
    Map<StakeholderGroup, Integer> counts = new EnumMap<>(StakeholderGroup.class);
    for (StakeholderGroup g : StakeholderGroup.values()) {
      counts.put(g, 0);
    }
    benefits.forEach(b -> counts.merge(b.group(), 1, Integer::sum));
    return Collections.unmodifiableMap(counts);
  }

  /**
   * The number of benefits of a group.
   *
   * @param group the group
   * @return the count
   */
  public int count(StakeholderGroup group) {
    return counts().get(group);
  }

  /** @return the number of benefits in the period */
  public int total() {
    return benefits.size();
  }

  /** @return the groups with no benefit recorded in the period, in the seed's order */
  public List<StakeholderGroup> groupsWithoutBenefit() {
    return counts().entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey)
        .toList();
  }

  /**
   * The benefits of a group.
   *
   * @param group the group
   * @return its benefits, in the order given
   */
  public List<BenefitRecord> benefitsOf(StakeholderGroup group) {
    return benefits.stream().filter(b -> b.group() == group).toList();
  }

  /**
   * The summary for people: the total in the period, one line per group with its count, and the
   * groups without a benefit, if any.
   *
   * @param locale the reader's locale (Polish unless English)
   * @return the lines
   */
  public List<String> explanation(Locale locale) {
    List<String> lines = new ArrayList<>();
    lines.add(InstrumentProblems.TEXTS.format("benefits.total", Map.of("from", period.start(),
        "to", period.end(), "total", total()), locale));
    counts().forEach((g, n) -> lines.add(InstrumentProblems.TEXTS.format("benefits.group",
        Map.of("group", g, "count", n), locale)));
    if (!groupsWithoutBenefit().isEmpty()) {
      lines.add(InstrumentProblems.TEXTS.format("benefits.none",
          Map.of("groups", groupsWithoutBenefit()), locale));
    }
    return lines;
  }
}
