package pl.lsw.core.typology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.typology.PraskiKokonRelationships.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.testing.Property;

class NetworkingClassificationTest {

  private static final Locale PL = Locale.forLanguageTag("pl");
  private static final DateRange YEAR =
      DateRange.ofOrThrow(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));

  private static Interaction on(InteractionKind kind, LocalDate day) {
    return Interaction.of(A_B, kind, day);
  }

  private static Optional<NetworkingForm> form(Interaction... interactions) {
    return NetworkingClassification.classify(A_B, List.of(interactions), YEAR).form();
  }

  @Test
  void the_seven_forms_run_from_informal_tactical_to_formal_strategic() {
    NetworkingForm[] forms = NetworkingForm.values();
    assertEquals(7, forms.length);
    for (int i = 0; i < forms.length; i++) {
      assertEquals(i + 1, forms[i].intensity());
      assertEquals(InteractionKind.values()[i], forms[i].evidence());
    }
    assertFalse(NetworkingForm.IRREGULAR_INFORMATION_EXCHANGE.isFormal());
    assertFalse(NetworkingForm.IRREGULAR_INFORMATION_EXCHANGE.isStrategic());
    assertTrue(NetworkingForm.STRATEGIC_PARTNERSHIP.isFormal());
    assertTrue(NetworkingForm.STRATEGIC_PARTNERSHIP.isStrategic());
    assertEquals("kierowanie klientów", NetworkingForm.CLIENT_REFERRAL.display(PL));
  }

  @Test
  void the_most_intense_form_with_evidence_in_the_period_wins() {
    LocalDate d = LocalDate.of(2020, 5, 5);
    assertEquals(Optional.empty(), form());
    assertEquals(Optional.of(NetworkingForm.IRREGULAR_INFORMATION_EXCHANGE),
        form(on(InteractionKind.INFORMATION_EXCHANGE, d)));
    assertEquals(Optional.of(NetworkingForm.CLIENT_REFERRAL),
        form(on(InteractionKind.INFORMATION_EXCHANGE, d), on(InteractionKind.CLIENT_REFERRAL, d),
            on(InteractionKind.ADVICE, d)));
    assertEquals(Optional.of(NetworkingForm.FORMAL_AGREEMENTS),
        form(on(InteractionKind.FORMAL_AGREEMENT, d)), "not cumulative: intensity only");
  }

  @Test
  void regular_meetings_need_two_meetings_in_the_period() {
    LocalDate d = LocalDate.of(2020, 5, 5);
    assertEquals(Optional.empty(), form(on(InteractionKind.REGULAR_MEETING, d)));
    assertEquals(Optional.of(NetworkingForm.REGULAR_MEETINGS),
        form(on(InteractionKind.REGULAR_MEETING, d), on(InteractionKind.REGULAR_MEETING,
            d.plusMonths(2))));
    assertEquals(Optional.of(NetworkingForm.CLIENT_REFERRAL),
        form(on(InteractionKind.REGULAR_MEETING, d), on(InteractionKind.CLIENT_REFERRAL, d)));
  }

  @Test
  void only_interactions_of_the_relationship_inside_the_period_both_ends_included_count() {
    Interaction lastDay = on(InteractionKind.STRATEGIC_PLAN, YEAR.end());
    Interaction dayAfter = on(InteractionKind.STRATEGIC_PLAN, YEAR.end().plusDays(1));
    Interaction dayBefore = on(InteractionKind.STRATEGIC_PLAN, YEAR.start().minusDays(1));
    Interaction firstDay = on(InteractionKind.SHARED_RESOURCES, YEAR.start());
    Interaction other = Interaction.of(A_C, InteractionKind.FORMAL_AGREEMENT, YEAR.start());
    assertEquals(Optional.of(NetworkingForm.STRATEGIC_PARTNERSHIP), form(lastDay));
    assertEquals(Optional.empty(), form(dayAfter, dayBefore, other));
    assertEquals(Optional.of(NetworkingForm.SHARING_RESOURCES),
        form(firstDay, dayAfter, other));
  }

  @Test
  void the_explanation_names_the_form_its_axes_and_the_evidence() {
    NetworkingClassification c = NetworkingClassification.classify(A_B, List.of(
        new Interaction(A_B, InteractionKind.CLIENT_REFERRAL, LocalDate.of(2020, 4, 2),
            "skierowanie rodziny do poradni"),
        on(InteractionKind.ADVICE, LocalDate.of(2020, 3, 1))), YEAR);
    assertEquals(List.of("Forma sieciowania od 01.01.2020 do 31.12.2020: kierowanie klientów"
            + " (związek nieformalny, współpraca taktyczna, intensywność 3 z 7).",
        "Dowód: skierowanie klienta, 02.04.2020: skierowanie rodziny do poradni"),
        c.explanation(PL));
    assertEquals(2, c.observed().size());
    assertEquals("From 2020-01-01 to 2020-12-31 there is no evidence of any form of networking.",
        NetworkingClassification.classify(A_B, List.of(), YEAR).explanation(Locale.ENGLISH)
            .get(0));
    assertThrows(InvalidInputException.class,
        () -> new Interaction(A_B, InteractionKind.ADVICE, YEAR.start(), " x"));
  }

  @Test
  void more_interactions_never_lower_the_intensity() {
    Property.forAll("networking monotone", rnd -> {
      List<Interaction> some = new ArrayList<>();
      int n = rnd.nextInt(6);
      for (int i = 0; i < n; i++) {
        some.add(on(InteractionKind.values()[rnd.nextInt(7)],
            YEAR.start().plusDays(rnd.nextInt(366))));
      }
      int before = NetworkingClassification.classify(A_B, some, YEAR).form()
          .map(NetworkingForm::intensity).orElse(0);
      some.add(on(InteractionKind.values()[rnd.nextInt(7)],
          YEAR.start().plusDays(rnd.nextInt(366))));
      NetworkingClassification after = NetworkingClassification.classify(A_B, some, YEAR);
      assertTrue(after.form().map(NetworkingForm::intensity).orElse(0) >= before);
      after.form().ifPresent(f -> assertTrue(after.evidence().size() >= f.minimumEvidence()
          && after.evidence().stream().allMatch(i -> i.kind() == f.evidence())));
    });
  }

  @Test
  void directed_ratings_keep_each_direction_and_map_to_freys_levels() {
    LocalDate d = LocalDate.of(2021, 5, 1);
    DirectedRating ab = new DirectedRating(NGO_A, NGO_B, d, 4);
    DirectedRating ba = new DirectedRating(NGO_B, NGO_A, d, 2);
    assertTrue(ab.differsFrom(ba));
    assertEquals(ab.relationship(), ba.relationship());
    assertEquals("COALITION", ab.stage().orElseThrow().code());
    assertEquals(Optional.empty(), new DirectedRating(NGO_A, NGO_B, d, 0).stage());
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> new DirectedRating(NGO_A, NGO_A, d, 6));
    assertEquals(List.of("RATING_SAME_ORGANISATION", "RATING_OFF_SCALE"),
        e.problems().stream().map(pl.lsw.core.kernel.Problem::code).toList());
    assertThrows(IllegalArgumentException.class, () -> ab.differsFrom(ab));
    assertThrows(InvalidInputException.class, () -> new GradedScale(5, 5));
  }
}
