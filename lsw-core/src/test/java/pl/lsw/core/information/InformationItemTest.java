package pl.lsw.core.information;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.partnership.PartnershipId;

class InformationItemTest {

  private static List<String> codes(InformationItemDraft draft) {
    return draft.validate().getError().map(Problem::code).toJavaList();
  }

  @Test
  void a_valid_draft_gives_the_item_and_blank_english_means_none() {
    InformationItem item = new InformationItemDraft(InformationKind.NEWSLETTER, "Biuletyn",
        "Treść", " ", "").validate().get();
    assertEquals("Biuletyn", item.subject());
    assertTrue(item.englishSubject().isEmpty() && item.englishBody().isEmpty());
    assertEquals("Biuletyn", item.subject(Locale.ENGLISH), "falls back to Polish");
  }

  @Test
  void every_problem_of_a_draft_is_listed_at_once() {
    assertEquals(List.of("INFORMATION_KIND_MISSING", "INFORMATION_SUBJECT_EMPTY",
        "INFORMATION_BODY_EMPTY"), codes(new InformationItemDraft(null, " ", null, null, null)));
    assertEquals(List.of("INFORMATION_SUBJECT_UNTRIMMED", "INFORMATION_SUBJECT_TOO_LONG",
        "INFORMATION_BODY_TOO_LONG"), codes(InformationItemDraft.of(InformationKind.ANNOUNCEMENT,
            " " + "a".repeat(200), "b".repeat(20_001))));
    assertEquals(List.of("INFORMATION_ENGLISH_SUBJECT_TOO_LONG", "INFORMATION_ENGLISH_BODY_UNTRIMMED"),
        codes(new InformationItemDraft(InformationKind.ANNOUNCEMENT, "Temat", "Treść",
            "e".repeat(201), "body ")));
    assertEquals(List.of("INFORMATION_ENGLISH_INCOMPLETE"), codes(new InformationItemDraft(
        InformationKind.ANNOUNCEMENT, "Temat", "Treść", "Subject", null)));
    assertEquals(List.of("INFORMATION_ENGLISH_INCOMPLETE"), codes(new InformationItemDraft(
        InformationKind.ANNOUNCEMENT, "Temat", "Treść", null, "Body")));
  }

  @Test
  void the_limits_are_inclusive() {
    assertTrue(InformationItemDraft.of(InformationKind.ANNOUNCEMENT, "a".repeat(200),
        "b".repeat(20_000)).validate().isValid());
  }

  @Test
  void the_builder_throws_with_every_problem_and_english_is_chosen_by_locale() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> InformationItem
        .builder().kind(InformationKind.ANNOUNCEMENT).subject("").body("x").englishBody("y").build());
    assertEquals(List.of("INFORMATION_SUBJECT_EMPTY", "INFORMATION_ENGLISH_INCOMPLETE"),
        e.problems().stream().map(Problem::code).toList());
    InformationItem i = InformationSamples.invitation();
    assertEquals("Meeting of the LSW's members – invitation", i.subject(Locale.ENGLISH));
    assertEquals("Spotkanie Podmiotów LSW – zaproszenie", i.subject(Locale.forLanguageTag("pl")));
    assertTrue(e.problems().get(1).message(Locale.forLanguageTag("pl")).contains("angielska"));
  }

  @Test
  void a_dispatch_refuses_a_blank_sender_and_a_repeated_recipient_at_once() {
    OrganisationId a = OrganisationId.of(new UUID(5, 5));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Dispatch.builder()
        .id(DispatchId.of(new UUID(1, 2))).partnership(PartnershipId.of(new UUID(1, 3)))
        .item(InformationSamples.announcement()).sentAt(Instant.EPOCH).sentBy(" ")
        .addRecipients(new DispatchRecipient(a, DeliveryOutcome.success()),
            new DispatchRecipient(a, DeliveryOutcome.failure("x"))).build());
    assertEquals(List.of("DISPATCH_SENT_BY_EMPTY", "DISPATCH_RECIPIENT_REPEATED"),
        e.problems().stream().map(Problem::code).toList());
    assertEquals("recipients[1]", e.problems().get(1).path());
  }

  @Test
  void a_delivery_outcome_is_a_success_or_a_failure_with_a_reason() {
    assertTrue(DeliveryOutcome.success().delivered());
    assertTrue(DeliveryOutcome.failure("bounce").failed());
    assertThrows(IllegalArgumentException.class, () -> DeliveryOutcome.failure(" "));
    assertThrows(IllegalArgumentException.class,
        () -> new DeliveryOutcome(true, java.util.Optional.of("x")));
    assertEquals(DeliveryOutcome.MAX_REASON,
        DeliveryOutcome.failure("r".repeat(900)).failureReason().get().length());
  }

  @Test
  void a_dispatch_id_parses_its_text() {
    assertTrue(DispatchId.parse("not an id").isInvalid());
    DispatchId id = DispatchId.of(new UUID(3, 4));
    assertEquals(id, DispatchId.parse(id.toString()).get());
  }
}
