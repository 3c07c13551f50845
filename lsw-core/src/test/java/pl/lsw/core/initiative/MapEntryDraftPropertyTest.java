package pl.lsw.core.initiative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import pl.lsw.core.organisation.ContactPersonDraft;
import pl.lsw.core.organisation.SocialServiceField;
import pl.lsw.core.testing.Property;

class MapEntryDraftPropertyTest {

  private static final List<String> UNITS = List.of("1465011", "1465", "32", "3261011");

  /** A draft and the paths of the problems it must be refused with (empty when valid). */
  record DraftCase(MapEntryDraft draft, Set<String> expected) {}

  static DraftCase draftCase(Random rnd) {
    Set<String> expected = new TreeSet<>();
    boolean clean = rnd.nextInt(3) == 0;
    java.util.function.IntPredicate bad = n -> !clean && rnd.nextInt(n) == 0;
    MapEntryDraft.Builder b = MapEntryDraft.builder();
    b.name(text(rnd, clean, "name", AbstractMapEntry.MAX_NAME, expected, "Klub Seniora"));
    if (rnd.nextBoolean()) {
      b.implementer(rnd.nextBoolean() ? Implementer.registered(MapEntryFixtures.ORGANISATION)
          : MapEntryFixtures.parish());
    }
    b.description(text(rnd, clean, "description", AbstractMapEntry.MAX_TEXT, expected, "Zajęcia ruchowe"));
    b.participationRules(text(rnd, clean, "participationRules", AbstractMapEntry.MAX_TEXT, expected,
        "Zapisy telefoniczne"));
    b.serviceConditions(text(rnd, clean, "serviceConditions", AbstractMapEntry.MAX_TEXT, expected,
        "Prowadzi fizjoterapeuta"));
    b.place(text(rnd, clean, "place", AbstractMapEntry.MAX_TEXT, expected, "Dom Kultury"));
    b.schedule(text(rnd, clean, "schedule", AbstractMapEntry.MAX_TEXT, expected, "Poniedziałki 10:00"));
    if (rnd.nextBoolean()) {
      b.addAddressees(TargetGroup.SENIORS);
    }
    if (rnd.nextBoolean()) {
      b.addFields(SocialServiceField.values()[rnd.nextInt(SocialServiceField.values().length)]);
    }
    List<String> territory = new ArrayList<>();
    for (int i = rnd.nextInt(3); i > 0; i--) {
      territory.add(UNITS.get(rnd.nextInt(UNITS.size())));
    }
    if (bad.test(5)) {
      expected.add("access.territory[" + territory.size() + "]");
      territory.add("1465A11");
    }
    b.territory(territory);
    switch (clean ? 2 + rnd.nextInt(3) : rnd.nextInt(5)) {
      case 0 -> {
        b.minAge(-1);
        expected.add("access.minAge");
      }
      case 1 -> {
        b.minAge(30).maxAge(20);
        expected.add("access.maxAge");
      }
      case 2 -> b.minAge(60);
      case 3 -> b.minAge(6).maxAge(12);
      default -> { }
    }
    ParticipantCost cost = ParticipantCost.values()[rnd.nextInt(3)];
    b.cost(cost);
    if (rnd.nextInt(3) == 0) {
      b.fee("20,00");
      if (cost != ParticipantCost.FEE && clean) {
        b.cost(ParticipantCost.FEE);
      } else if (cost != ParticipantCost.FEE) {
        expected.add("access.fee");
      }
    }
    List<String> languages = new ArrayList<>(List.of("pl"));
    if (bad.test(5)) {
      languages.add("PL");
      expected.add("access.languages");
    }
    b.languages(languages);
    switch (clean ? 1 + rnd.nextInt(3) : rnd.nextInt(4)) {
      case 0 -> {
        b.capacity(0);
        expected.add("access.capacity");
      }
      case 1 -> b.capacity(15);
      default -> { }
    }
    b.accessDescription(text(rnd, clean, "access.description", AbstractAccessConditions.MAX_DESCRIPTION,
        expected, "Dla mieszkańców gminy"));
    int contacts = rnd.nextInt(2);
    for (int i = 0; i < contacts; i++) {
      b.addContacts(ContactPersonDraft.byEmail("Anna Nowak", "koordynatorka", "a.nowak@dk.example.org"));
    }
    if (bad.test(5)) {
      b.addContacts(ContactPersonDraft.byEmail("Jan Kowal", "instruktor", "not an address"));
      expected.add("contacts[" + contacts + "].email");
    }
    if (!bad.test(6)) {
      b.source(EntrySource.values()[rnd.nextInt(2)]);
    } else {
      expected.add("source");
    }
    if (!bad.test(6)) {
      b.communityRole(CommunityRole.values()[rnd.nextInt(2)]);
    } else {
      expected.add("communityRole");
    }
    LocalDate added = LocalDate.of(2026, 1, 1).plusDays(rnd.nextInt(300));
    boolean hasAdded = !bad.test(6);
    if (hasAdded) {
      b.addedOn(added);
    } else {
      expected.add("addedOn");
    }
    switch (clean ? 0 : rnd.nextInt(4)) {
      case 0 -> b.lastVerifiedOn(added.plusDays(rnd.nextInt(30)));
      case 1 -> {
        b.lastVerifiedOn(added.minusDays(1 + rnd.nextInt(30)));
        if (hasAdded) {
          expected.add("lastVerifiedOn");
        }
      }
      default -> { }
    }
    return new DraftCase(b.build(), expected);
  }

  /** Blank, a valid text, or (once in six) a text one character too long. */
  private static String text(Random rnd, boolean clean, String path, int max, Set<String> expected, String valid) {
    int k = clean ? 1 + rnd.nextInt(5) : rnd.nextInt(6);
    if (k == 0) {
      expected.add(path);
      return "x".repeat(max + 1);
    }
    return k == 1 ? "   " : (rnd.nextBoolean() ? " " + valid + " " : valid);
  }

  @Test
  void a_draft_is_refused_with_exactly_its_bad_parts_and_an_accepted_one_round_trips() {
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    Property.forAll("map entry drafts report exactly their bad parts", 500, rnd -> {
      DraftCase c = draftCase(rnd);
      MapEntryId id = MapEntryId.of(new UUID(rnd.nextLong(), rnd.nextLong()));
      var result = MapEntry.validate(id, c.draft());
      if (result.isValid()) {
        accepted.incrementAndGet();
        assertEquals(Set.of(), c.expected(), "accepted " + c.draft());
        MapEntry e = result.get();
        assertEquals(e, MapEntry.validate(id, MapEntryDraft.from(e)).get());
        assertTrue(e.name().map(n -> n.equals(n.strip())).orElse(true));
      } else {
        refused.incrementAndGet();
        Set<String> paths = new TreeSet<>(result.getError().map(p -> p.path()).toJavaList());
        assertEquals(c.expected(), paths, "refused " + c.draft() + ": " + result.getError());
      }
    });
    assertTrue(accepted.get() > 20, "generated drafts reach acceptance: " + accepted);
    assertTrue(refused.get() > 50, "generated drafts reach refusal: " + refused);
  }

  @Test
  void blank_texts_mean_not_given() {
    MapEntry e = MapEntry.validate(MapEntryFixtures.ID, MapEntryDraft.builder().name("  ")
        .source(EntrySource.OUTSIDE_PARTNER).communityRole(CommunityRole.BY_THE_COMMUNITY)
        .addedOn(LocalDate.of(2026, 5, 1)).build()).get();
    assertEquals(Optional.empty(), e.name());
    assertEquals(ParticipantCost.FREE, e.cost());
    assertEquals(ReferralRule.OPEN_ACCESS, e.access().referral());
  }
}
