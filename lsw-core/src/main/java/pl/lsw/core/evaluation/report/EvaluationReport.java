package pl.lsw.core.evaluation.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import pl.lsw.core.evaluation.MemberDegree;
import pl.lsw.core.evaluation.NetworkAddedValue;
import pl.lsw.core.evaluation.NetworkMeasures;
import pl.lsw.core.evaluation.ProgressCriterion;
import pl.lsw.core.evaluation.QuestionChange;
import pl.lsw.core.evaluation.Ratio;
import pl.lsw.core.evaluation.Review;
import pl.lsw.core.evaluation.SurveyComparison;
import pl.lsw.core.evaluation.instrument.BenefitSummary;
import pl.lsw.core.evaluation.instrument.Grade;
import pl.lsw.core.evaluation.instrument.LearningProfile;
import pl.lsw.core.evaluation.instrument.Principle;
import pl.lsw.core.evaluation.instrument.PrinciplesSelfAssessment;
import pl.lsw.core.evaluation.instrument.SolidarityCapital;
import pl.lsw.core.evaluation.instrument.SolidarityDimension;
import pl.lsw.core.evaluation.instrument.StakeholderGroup;
import pl.lsw.core.evaluation.instrument.SwotQuadrant;
import pl.lsw.core.evaluation.instrument.SwotRecord;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.Localized;
import pl.lsw.core.kernel.MessageBundle;
import pl.lsw.core.kernel.Messages;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.RuleReport;
import pl.lsw.core.typology.Indicator;
import pl.lsw.core.typology.LadderAssessment;
import pl.lsw.core.typology.NajamType;
import pl.lsw.core.typology.PartnershipProfile;
import pl.lsw.core.typology.ProfileChange;
import pl.lsw.core.typology.RelationshipView;
import pl.lsw.core.typology.StageHistory;

/**
 * The evaluation report of a partnership for a period: the rows of every part the caller gives
 * (relationship types and their change, the stages of cooperation with what is missing for the
 * next, network measures, the cooperation-quality survey between two waves, monitoring and
 * evaluation reviews, a network's added value, self-assessments, and the rules' findings), in
 * the order of {@link ReportSection}. Made with {@link #builder(String, DateRange)}; parts not
 * given are left out, and the text says so.
 *
 * <p>The values come from the domain functions unchanged: the report computes nothing itself
 * beyond writing them. Ratios are written with {@value #SCALE} decimals, percentages with two.
 *
 * <p>Immutable and thread-safe. Polish: <i>raport z ewaluacji partnerstwa</i>.
 */
public final class EvaluationReport {

  /** The decimals of ratios written in the report. */
  public static final int SCALE = 2;

  static final MessageBundle TEXTS =
      MessageBundle.of(EvaluationReport.class, "pl/lsw/core/evaluation/report/messages");

  private final String partnershipName;
  private final DateRange period;
  private final List<ReportRow> rows;

  private EvaluationReport(String partnershipName, DateRange period, List<ReportRow> rows) {
    this.partnershipName = partnershipName;
    this.period = period;
    this.rows = List.copyOf(rows);
  }

  /**
   * Starts a report.
   *
   * @param partnershipName the partnership's name, as the report's heading writes it
   * @param period the period evaluated
   * @return the builder
   */
  public static Builder builder(String partnershipName, DateRange period) {
    return new Builder(partnershipName, period);
  }

  /** The partnership's name. */
  public String partnershipName() {
    return partnershipName;
  }

  /** The period evaluated. */
  public DateRange period() {
    return period;
  }

  /** Every row, section by section in the order of {@link ReportSection}. */
  public List<ReportRow> rows() {
    return rows;
  }

  /**
   * The rows of one section.
   *
   * @param section the section
   * @return its rows, possibly none
   */
  public List<ReportRow> rows(ReportSection section) {
    return rows.stream().filter(r -> r.section() == section).collect(Collectors.toList());
  }

  /**
   * The report's heading in the reader's language.
   *
   * @param locale the reader's locale
   * @return the heading
   */
  public String title(Locale locale) {
    return text("title", locale, "name", partnershipName, "from", period.start(), "to",
        period.end());
  }

  /**
   * The report as plain text in the reader's language: the heading, then each section with a
   * heading and one line per row; a section without rows says it was not assessed.
   *
   * @param locale the reader's locale (Polish unless English)
   * @return the text
   */
  public String render(Locale locale) {
    StringBuilder out = new StringBuilder(title(locale)).append('\n');
    for (ReportSection s : ReportSection.values()) {
      out.append('\n').append(s.display(locale)).append('\n');
      List<ReportRow> in = rows(s);
      if (in.isEmpty()) {
        out.append("- ").append(text("section.empty", locale)).append('\n');
      }
      for (ReportRow r : in) {
        out.append("- ").append(r.render(locale)).append('\n');
      }
    }
    return out.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EvaluationReport
        && partnershipName.equals(((EvaluationReport) o).partnershipName)
        && period.equals(((EvaluationReport) o).period) && rows.equals(((EvaluationReport) o).rows);
  }

  @Override
  public int hashCode() {
    return Objects.hash(partnershipName, period, rows);
  }

  @Override
  public String toString() {
    return "EvaluationReport[" + partnershipName + ", " + period + ", " + rows.size() + " rows]";
  }

  static String text(String key, Locale locale, Object... namesAndValues) {
    Map<String, Object> args = new java.util.LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      args.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return TEXTS.format(key, args, locale);
  }

  /** A measure or subject label from the report's texts. */
  static Localized label(String key, Object... namesAndValues) {
    return locale -> text(key, locale, namesAndValues);
  }

  static Localized plain(String text) {
    return locale -> text;
  }

  static String decimal(Ratio ratio) {
    return ratio.decimal(SCALE).toPlainString();
  }

  static Localized shownDecimal(Ratio ratio) {
    String dot = decimal(ratio);
    return locale -> Messages.isPolish(locale) ? dot.replace('.', ',') : dot;
  }

  /**
   * Gathers the parts of a report. Each part adds its rows to its section; parts may be given in
   * any order and some not at all.
   *
   * <p>Not thread-safe; the report it builds is.
   */
  public static final class Builder {
    private final String partnershipName;
    private final DateRange period;
    private final Map<ReportSection, List<ReportRow>> rows =
        new java.util.EnumMap<>(ReportSection.class);
    private Function<OrganisationId, String> names = OrganisationId::toString;

    private Builder(String partnershipName, DateRange period) {
      this.partnershipName = Objects.requireNonNull(partnershipName, "partnershipName");
      this.period = Objects.requireNonNull(period, "period");
    }

    /**
     * How the report names organisations (by default their ids): give their names.
     *
     * @param names the organisation's name for its id
     * @return this builder
     */
    public Builder names(Function<OrganisationId, String> names) {
      this.names = Objects.requireNonNull(names, "names");
      return this;
    }

    /**
     * Najam's types of the relationships at the end of the period: how many of each type, its
     * share, the dominant type, the disputed relationships and each relationship's type.
     *
     * @param profile the profile
     * @return this builder
     */
    public Builder profile(PartnershipProfile profile) {
      ReportSection s = ReportSection.RELATIONSHIPS;
      Localized on = label("on", "date", profile.asOf());
      add(s, on, label("relationships"), String.valueOf(profile.relationships()),
          plain(String.valueOf(profile.relationships())));
      for (NajamType t : NajamType.values()) {
        add(s, t, label("type.count"), String.valueOf(profile.count(t)),
            locale -> profile.count(t) + " (" + Messages.display(profile.share(t), locale) + ")");
      }
      Optional<NajamType> dominant = profile.dominant();
      add(s, on, label("type.dominant"), dominant.map(Enum::name).orElse(""),
          locale -> dominant.map(d -> d.display(locale)).orElse(text("none", locale)));
      add(s, on, label("disputed"), String.valueOf(profile.disputed().size()),
          locale -> profile.disputed().size() + " ("
              + Messages.display(profile.disputedShare(), locale) + ")");
      for (RelationshipView v : profile.views()) {
        add(s, plain(v.relationship().display(names)), label("relationship"),
            v.types().stream().map(Enum::name).sorted().collect(Collectors.joining("|")),
            locale -> v.types().stream().map(t -> t.display(locale)).sorted()
                .collect(Collectors.joining(", "))
                + (v.isDisputed() ? " (" + text("disputed.short", locale) + ")" : ""));
      }
      return this;
    }

    /**
     * What changed in the relationship types between two dates, one row per change.
     *
     * @param change the change
     * @return this builder
     */
    public Builder profileChange(ProfileChange change) {
      Localized between = label("between", "from", change.from(), "to", change.to());
      if (change.isEmpty()) {
        add(ReportSection.RELATIONSHIPS, between, label("change"), "0",
            label("change.none"));
      }
      List<String> pl = change.describe(Locale.forLanguageTag("pl"), names);
      List<String> en = change.describe(Locale.ENGLISH, names);
      for (int i = 0; i < pl.size(); i++) {
        int n = i;
        add(ReportSection.RELATIONSHIPS, between, label("change"), String.valueOf(i + 1),
            locale -> Messages.isPolish(locale) ? pl.get(n) : en.get(n));
      }
      return this;
    }

    /**
     * The stages of cooperation: the stage reached at each assessment until the end of the
     * period, how many indicators records and persons evidenced, and what the latest lacks for
     * the next stage.
     *
     * @param history the partnership's ladder assessments
     * @return this builder
     */
    public Builder stages(StageHistory history) {
      ReportSection s = ReportSection.STAGES;
      List<LadderAssessment> until = history.until(period.end());
      for (LadderAssessment a : until) {
        Localized on = label("on", "date", a.assessedOn());
        add(s, on, label("stage.reached", "ladder", a.ladder().title()),
            a.reached().map(st -> st.code()).orElse(""),
            locale -> a.reached().map(st -> st.title().display(locale))
                .orElse(text("none", locale)));
        long records = a.evidence().stream()
            .filter(e -> e.source() == pl.lsw.core.typology.EvidenceSource.RECORDS).count();
        long persons = a.evidence().size() - records;
        add(s, on, label("evidence.records"), String.valueOf(records),
            plain(String.valueOf(records)));
        add(s, on, label("evidence.persons"), String.valueOf(persons),
            plain(String.valueOf(persons)));
      }
      history.latest(period.end()).ifPresent(a -> a.next().ifPresent(next -> {
        List<Indicator> missing = a.missingForNext();
        add(s, label("stage.next", "stage", next.title()), label("stage.missing"),
            missing.stream().map(Indicator::code).collect(Collectors.joining("|")),
            locale -> Messages.display(missing.stream().map(Indicator::title)
                .collect(Collectors.toList()), locale));
      }));
      return this;
    }

    /**
     * The network measures of a relationship survey: size, densities, Freeman's degree
     * centralisation, each member's degrees and the trust and value others gave it (1–4).
     *
     * @param measures the measures
     * @return this builder
     */
    public Builder network(NetworkMeasures measures) {
      ReportSection s = ReportSection.NETWORK;
      Localized all = label("network.all");
      add(s, all, label("network.size"), String.valueOf(measures.size()),
          plain(String.valueOf(measures.size())));
      ratio(s, all, label("network.directedDensity"), measures.directedDensity());
      ratio(s, all, label("network.undirectedDensity"), measures.undirectedDensity());
      measures.degreeCentralisation()
          .ifPresent(c -> ratio(s, all, label("network.centralisation"), c));
      measures.overallTrust().ifPresent(t -> ratio(s, all, label("network.trust"), t));
      measures.overallValue().ifPresent(v -> ratio(s, all, label("network.value"), v));
      for (Map.Entry<OrganisationId, MemberDegree> e : measures.degrees().entrySet()) {
        Localized member = plain(names.apply(e.getKey()));
        MemberDegree d = e.getValue();
        add(s, member, label("network.degree"), d.in() + "/" + d.out() + "/" + d.undirected(),
            label("network.degree.shown", "in", d.in(), "out", d.out(), "all", d.undirected()));
        measures.trust(e.getKey()).ifPresent(t -> ratio(s, member, label("network.trust"), t));
        measures.value(e.getKey()).ifPresent(v -> ratio(s, member, label("network.value"), v));
      }
      return this;
    }

    /**
     * The cooperation-quality survey between two waves, per common question: the share of high
     * answers and the mean in each wave, the progress as the criterion measures it, and whether
     * it is significant; questions asked in only one wave are named.
     *
     * @param comparison the two waves
     * @param criterion what counts as significant progress
     * @return this builder
     */
    public Builder survey(SurveyComparison comparison, ProgressCriterion criterion) {
      ReportSection s = ReportSection.SURVEY;
      String before = comparison.before().name();
      String after = comparison.after().name();
      for (QuestionChange c : comparison.changes(criterion)) {
        Localized q = c.question().text();
        percent(s, q, label("survey.high", "wave", before), c.highShareBefore());
        percent(s, q, label("survey.high", "wave", after), c.highShareAfter());
        ratio(s, q, label("survey.mean", "wave", before), c.before().mean());
        ratio(s, q, label("survey.mean", "wave", after), c.after().mean());
        ratio(s, q, label("survey.progress", "measure", criterion.measure()), c.progress());
        add(s, q, label("survey.significant"), String.valueOf(c.isSignificant()),
            locale -> Messages.display(c.isSignificant(), locale));
      }
      for (var q : comparison.questionsNotCompared()) {
        add(s, q.text(), label("survey.notCompared"), "", label("survey.oneWave"));
      }
      return this;
    }

    /**
     * The monitoring and evaluation reviews held in the period, and the kinds and levels none
     * of them covered (seed 004 recommends both at all three levels).
     *
     * @param reviews the reviews
     * @return this builder
     */
    public Builder reviews(List<? extends Review> reviews) {
      ReportSection s = ReportSection.REVIEWS;
      List<Review> inPeriod = reviews.stream().filter(r -> period.contains(r.heldOn()))
          .collect(Collectors.toList());
      for (Review r : inPeriod) {
        add(s, r.kind(), label("review.held", "level", r.level()),
            r.heldOn().toString(), locale -> Messages.display(r.heldOn(), locale));
      }
      for (Review.Coverage c : Review.missing(inPeriod)) {
        add(s, c.kind(), label("review.missing", "level", c.level()), "",
            label("review.none"));
      }
      return this;
    }

    /**
     * A network's added value for one measure: without the network, the network itself and
     * with it (X + S(Y)).
     *
     * @param value the added value
     * @return this builder
     */
    public Builder addedValue(NetworkAddedValue value) {
      ReportSection s = ReportSection.ADDED_VALUE;
      ratio(s, value.measure(), label("value.without"), value.withoutNetwork());
      ratio(s, value.measure(), label("value.network"), value.network());
      ratio(s, value.measure(), label("value.with"), value.withNetwork());
      return this;
    }

    /**
     * A self-assessment against the eight principles of seed 001 §3: each principle's grade
     * (not rated when absent) and the share of principles met.
     *
     * @param assessment the self-assessment
     * @return this builder
     */
    public Builder principles(PrinciplesSelfAssessment assessment) {
      ReportSection s = ReportSection.INSTRUMENTS;
      for (Principle p : Principle.values()) {
        Optional<Grade> g = assessment.rating(p).map(r -> r.grade());
        add(s, p, label("instrument.principle", "date", assessment.assessedOn()),
            g.map(Enum::name).orElse(""),
            locale -> g.map(x -> x.display(locale)).orElse(text("instrument.unrated", locale)));
      }
      percent(s, label("instrument.principles"), label("instrument.shareMet"),
          assessment.shareMet());
      return this;
    }

    /**
     * An assessment of solidarity capital (seed 001 §7): each dimension's grade.
     *
     * @param capital the assessment
     * @return this builder
     */
    public Builder solidarityCapital(SolidarityCapital capital) {
      for (SolidarityDimension d : SolidarityDimension.values()) {
        Optional<Grade> g = capital.grade(d);
        add(ReportSection.INSTRUMENTS, d,
            label("instrument.solidarity", "date", capital.assessedOn()),
            g.map(Enum::name).orElse(""),
            locale -> g.map(x -> x.display(locale)).orElse(text("instrument.unrated", locale)));
      }
      return this;
    }

    /**
     * A learning-partnership profile (seed 001 Tabela 4–5): the share of traits present and the
     * share of dimensions at the learning pole.
     *
     * @param profile the profile
     * @return this builder
     */
    public Builder learning(LearningProfile profile) {
      Localized on = label("instrument.learning", "date", profile.assessedOn());
      percent(ReportSection.INSTRUMENTS, on, label("instrument.traits"),
          profile.shareOfTraitsPresent());
      percent(ReportSection.INSTRUMENTS, on, label("instrument.dimensions"),
          profile.shareOfDimensionsLearning());
      return this;
    }

    /**
     * The benefits recorded per stakeholder group (seed 001 §2.3), a group without any named.
     *
     * @param benefits the summary
     * @return this builder
     */
    public Builder benefits(BenefitSummary benefits) {
      for (StakeholderGroup g : StakeholderGroup.values()) {
        int n = benefits.count(g);
        add(ReportSection.INSTRUMENTS, g, label("instrument.benefits"), String.valueOf(n),
            plain(String.valueOf(n)));
      }
      return this;
    }

    /**
     * A SWOT analysis (seed 001 Tabela 3): the number of items in each quadrant.
     *
     * @param swot the analysis
     * @return this builder
     */
    public Builder swot(SwotRecord swot) {
      for (SwotQuadrant q : SwotQuadrant.values()) {
        int n = swot.items(q).size();
        add(ReportSection.INSTRUMENTS, q, label("instrument.swot", "perspective",
            swot.perspective(), "date", swot.heldOn()), String.valueOf(n), plain(String.valueOf(n)));
      }
      return this;
    }

    /**
     * The findings of rules (the threats, the typology recommendations, the survey's progress),
     * one row per finding with its code and message.
     *
     * @param report what the rules found
     * @return this builder
     */
    public Builder findings(RuleReport report) {
      for (Finding f : report.findings()) {
        add(ReportSection.FINDINGS, plain(f.code().toString()),
            label("severity." + f.severity().name()),
            f.code().toString(), f::message);
      }
      return this;
    }

    /**
     * Adds a row of the caller's own, e.g. the result of a self-assessment.
     *
     * @param row the row
     * @return this builder
     */
    public Builder row(ReportRow row) {
      rows.computeIfAbsent(row.section(), k -> new ArrayList<>()).add(row);
      return this;
    }

    /**
     * The report.
     *
     * @return the report, sections in order
     */
    public EvaluationReport build() {
      List<ReportRow> all = new ArrayList<>();
      rows.values().forEach(all::addAll);
      return new EvaluationReport(partnershipName, period, all);
    }

    private void ratio(ReportSection s, Localized subject, Localized measure, Ratio r) {
      add(s, subject, measure, decimal(r), shownDecimal(r));
    }

    private void percent(ReportSection s, Localized subject, Localized measure, Ratio r) {
      BigDecimal p = r.multiply(Ratio.of(100)).decimal(SCALE);
      add(s, subject, measure, p.toPlainString(),
          locale -> Messages.display(pl.lsw.core.kernel.Percent.of(p), locale));
    }

    private void add(ReportSection s, Localized subject, Localized measure, String value,
        Localized shown) {
      row(new ReportRow(s, subject, measure, value, shown));
    }
  }

}
