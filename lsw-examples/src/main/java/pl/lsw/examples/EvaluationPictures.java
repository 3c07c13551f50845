package pl.lsw.examples;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import pl.lsw.core.evaluation.AnswerCounts;
import pl.lsw.core.evaluation.QuestionChange;
import pl.lsw.core.evaluation.Ratio;
import pl.lsw.core.kernel.Messages;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.typology.NajamType;
import pl.lsw.core.typology.PartnershipProfile;
import pl.lsw.core.typology.RelationshipView;

/**
 * Pictures of an evaluation as SVG documents: the partners' relationships as a network whose
 * lines are coloured by Najam's type (dashed grey where the assessors disagree), and the answers
 * of a cooperation-quality survey question in two waves as two stacked bars. Plain SVG 1.1, one
 * string each, texts in the reader's language.
 */
final class EvaluationPictures {

  private static final Map<NajamType, String> COLOURS = Map.of(
      NajamType.COOPERATION, "#2e7d32", NajamType.COMPLEMENTARITY, "#1565c0",
      NajamType.COOPTATION, "#ef6c00", NajamType.CONFRONTATION, "#c62828");
  private static final String DISPUTED = "#9e9e9e";
  private static final String[] ANSWER_SHADES =
      {"#b71c1c", "#e57373", "#ffcc80", "#fff59d", "#a5d6a7", "#2e7d32"};

  private EvaluationPictures() {}

  /**
   * The relationships of a profile as a network: partners on a circle, one line per assessed
   * relationship in its type's colour, a legend of the types.
   */
  static String relationshipNetwork(PartnershipProfile profile,
      Function<OrganisationId, String> names, Locale locale) {
    Set<OrganisationId> nodes = new LinkedHashSet<>();
    for (RelationshipView v : profile.views()) {
      nodes.add(v.relationship().first());
      nodes.add(v.relationship().second());
    }
    List<OrganisationId> order = new ArrayList<>(nodes);
    int width = 920;
    int height = 560;
    double cx = 340;
    double cy = 300;
    double radius = 190;
    Map<OrganisationId, double[]> at = new java.util.HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      double angle = 2 * Math.PI * i / order.size() - Math.PI / 2;
      at.put(order.get(i), new double[] {cx + radius * Math.cos(angle),
          cy + radius * Math.sin(angle)});
    }
    StringBuilder svg = header(width, height);
    title(svg, (Messages.isPolish(locale) ? "Typy relacji partnerów, stan na "
        : "Partners' relationship types as of ") + Messages.display(profile.asOf(), locale));
    for (RelationshipView v : profile.views()) {
      double[] a = at.get(v.relationship().first());
      double[] b = at.get(v.relationship().second());
      Optional<NajamType> type = v.consensus();
      svg.append(String.format(Locale.ROOT,
          "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"4\"%s>"
              + "<title>%s</title></line>%n",
          a[0], a[1], b[0], b[1], type.map(COLOURS::get).orElse(DISPUTED),
          type.isPresent() ? "" : " stroke-dasharray=\"8 6\"", escape(v.describe(locale, names))));
    }
    for (OrganisationId o : order) {
      double[] p = at.get(o);
      svg.append(String.format(Locale.ROOT,
          "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"9\" fill=\"#263238\"/>%n", p[0], p[1]));
      boolean left = p[0] < cx - 1;
      boolean right = p[0] > cx + 1;
      String anchor = left ? "end" : right ? "start" : "middle";
      double x = p[0] + (left ? -14 : right ? 14 : 0);
      List<String> lines = twoLines(names.apply(o));
      double y = p[1] + (left || right ? -4 : p[1] < cy ? -16 - 15 * (lines.size() - 1) : 26);
      for (String line : lines) {
        svg.append(String.format(Locale.ROOT,
            "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" text-anchor=\"%s\">%s</text>%n",
            x, y, anchor, escape(line)));
        y += 15;
      }
    }
    int y = 60;
    for (NajamType t : NajamType.values()) {
      legend(svg, 720, y, COLOURS.get(t), t.display(locale) + " (" + profile.count(t) + ")");
      y += 24;
    }
    legend(svg, 720, y, DISPUTED, Messages.isPolish(locale) ? "ocenione różnie" : "seen differently");
    return svg.append("</svg>\n").toString();
  }

  /**
   * One survey question's answers in two waves: for each wave a bar of the shares of answers 1–6,
   * and the share of high answers beside it.
   */
  static String surveyChange(QuestionChange change, String before, String after,
      Locale locale) {
    int width = 720;
    int height = 260;
    StringBuilder svg = header(width, height);
    title(svg, change.question().text().display(locale));
    bar(svg, 70, before, change.before(), change.highShareBefore(), locale);
    bar(svg, 140, after, change.after(), change.highShareAfter(), locale);
    for (int answer = AnswerCounts.MIN_ANSWER; answer <= AnswerCounts.MAX_ANSWER; answer++) {
      legend(svg, 150 + (answer - 1) * 80, 215, ANSWER_SHADES[answer - 1],
          (Messages.isPolish(locale) ? "ocena " : "answer ") + answer);
    }
    return svg.append("</svg>\n").toString();
  }

  private static void bar(StringBuilder svg, int y, String wave, AnswerCounts counts, Ratio high,
      Locale locale) {
    double x = 150;
    double full = 420;
    svg.append(String.format(Locale.ROOT,
        "<text x=\"140\" y=\"%d\" font-size=\"13\" text-anchor=\"end\">%s</text>%n", y + 24,
        escape(wave)));
    for (int answer = AnswerCounts.MIN_ANSWER; answer <= AnswerCounts.MAX_ANSWER; answer++) {
      double w = counts.share(answer).decimal(4).doubleValue() * full;
      svg.append(String.format(Locale.ROOT,
          "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"36\" fill=\"%s\"><title>%d: %s</title>"
              + "</rect>%n", x, y, w, ANSWER_SHADES[answer - 1], answer,
          escape(Messages.display(counts.share(answer).percent(), locale))));
      x += w;
    }
    svg.append(String.format(Locale.ROOT,
        "<text x=\"585\" y=\"%d\" font-size=\"13\">%s %s</text>%n", y + 24,
        Messages.isPolish(locale) ? "wysokie:" : "high:",
        escape(Messages.display(high.percent(), locale))));
  }

  /** A long name split at the space nearest its middle, a short one as it is. */
  private static List<String> twoLines(String name) {
    if (name.length() <= 24) {
      return List.of(name);
    }
    int middle = name.length() / 2;
    int best = -1;
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) == ' ' && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) {
        best = i;
      }
    }
    return best < 0 ? List.of(name) : List.of(name.substring(0, best), name.substring(best + 1));
  }

  private static StringBuilder header(int width, int height) {
    return new StringBuilder(String.format(Locale.ROOT,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>%n"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
            + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\">%n"
            + "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n",
        width, height, width, height));
  }

  private static void title(StringBuilder svg, String text) {
    svg.append("<text x=\"20\" y=\"28\" font-size=\"16\" font-weight=\"bold\">")
        .append(escape(text)).append("</text>\n");
  }

  private static void legend(StringBuilder svg, int x, int y, String colour, String text) {
    svg.append(String.format(Locale.ROOT,
        "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"14\" fill=\"%s\"/>"
            + "<text x=\"%d\" y=\"%d\" font-size=\"12\">%s</text>%n",
        x, y, colour, x + 20, y + 12, escape(text)));
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
