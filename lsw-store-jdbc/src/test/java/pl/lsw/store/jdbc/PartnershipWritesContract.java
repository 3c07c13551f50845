package pl.lsw.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.partnership.PartnershipFixture.DAY;
import static pl.lsw.core.partnership.PartnershipFixture.DISTRICT;
import static pl.lsw.core.partnership.PartnershipFixture.MAYOR;
import static pl.lsw.core.partnership.PartnershipFixture.NGO;
import static pl.lsw.core.partnership.PartnershipFixture.NGO_HEAD;
import static pl.lsw.core.partnership.PartnershipFixture.NOW;
import static pl.lsw.core.partnership.PartnershipFixture.OPS;
import static pl.lsw.core.partnership.PartnershipFixture.OPS_HEAD;
import static pl.lsw.core.partnership.PartnershipFixture.SC;
import static pl.lsw.core.partnership.PartnershipFixture.chair;
import static pl.lsw.core.partnership.PartnershipFixture.leaderRep;
import static pl.lsw.core.partnership.PartnershipFixture.ok;
import static pl.lsw.core.partnership.PartnershipFixture.uuid;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.lsw.core.organisation.SocialServiceField;
import pl.lsw.core.partnership.Partnership;
import pl.lsw.core.partnership.PartnershipFixture;
import pl.lsw.core.partnership.governance.DecisionId;
import pl.lsw.core.partnership.governance.DecisionKind;
import pl.lsw.core.partnership.governance.DecisionProposal;
import pl.lsw.core.partnership.governance.MeetingDetails;
import pl.lsw.core.partnership.governance.MeetingId;
import pl.lsw.core.partnership.governance.Person;
import pl.lsw.core.partnership.governance.PersonId;
import pl.lsw.core.partnership.governance.Position;
import pl.lsw.core.partnership.PartnershipRepository;

/**
 * What a save of a partnership writes: only the rows that changed. The writes are counted by
 * kind and table on a data source that sees every statement of the store; each entry of a
 * batch is one statement. Subclasses give a fresh database of their kind.
 */
abstract class PartnershipWritesContract {

  private WriteCountingDataSource counting;
  private PartnershipRepository repository;

  /** A fresh, empty database no other test uses. */
  protected abstract DataSource freshDatabase();

  @BeforeEach
  final void createRepository() {
    DataSource db = freshDatabase();
    JdbcStore.builder(db).migrate(true).build();
    counting = new WriteCountingDataSource(db);
    repository = JdbcStore.builder(counting.dataSource()).build().partnerships();
  }

  @Test
  final void recording_one_meeting_inserts_that_meeting_and_its_attendees_and_bumps_the_version() {
    Partnership stored = storedWithSeveralMeetingsAndDecisions();
    assertTrue(stored.meetings().size() >= 3 && stored.decisions().size() >= 3);
    Partnership next = ok(stored.recordMeeting(chair(), MeetingId.of(uuid(590)),
        MeetingDetails.builder().body(SC).date(DAY.plusDays(28)).duration(Duration.ofMinutes(90))
            .chair(MAYOR).host(DISTRICT).attendees(List.of(MAYOR, NGO_HEAD, OPS_HEAD))
            .openToFamilies(true).familyRepresentativesPresent(1).agendaReference("agenda/2026-03")
            .build(),
        NOW.plusSeconds(28 * 86_400)));

    counting.reset();
    Partnership saved = repository.save(next);

    Map<String, Integer> writes = counting.writes();
    assertEquals(Map.of(
        "UPDATE lsw_partnership", 1,
        "INSERT lsw_partnership_meeting", 1,
        "INSERT lsw_partnership_meeting_attendee", 3), writes,
        "the writes of recording one meeting (" + counting.total() + " statements)");
    assertNoWritesTo(writes, "lsw_partnership_decision", "lsw_partnership_membership",
        "lsw_partnership_person");
    assertEquals(saved, repository.findById(stored.id()).get());
  }

  @Test
  final void a_member_leaving_updates_only_its_membership_row_and_the_version() {
    Partnership stored = storedWithSeveralMeetingsAndDecisions();
    Partnership next = ok(stored.endMembership(leaderRep(), OPS, DAY.plusDays(30),
        NOW.plusSeconds(30 * 86_400)));

    counting.reset();
    Partnership saved = repository.save(next);

    assertEquals(Map.of("UPDATE lsw_partnership", 1, "UPDATE lsw_partnership_membership", 1),
        counting.writes());
    assertEquals(saved, repository.findById(stored.id()).get());
  }

  @Test
  final void a_save_without_changes_writes_only_the_version() {
    Partnership stored = storedWithSeveralMeetingsAndDecisions();

    counting.reset();
    Partnership saved = repository.save(stored);

    assertEquals(Map.of("UPDATE lsw_partnership", 1), counting.writes());
    assertEquals(stored.version() + 1, saved.version());
    assertEquals(saved, repository.findById(stored.id()).get());
  }

  @Test
  final void a_first_save_inserts_every_row_and_updates_or_deletes_nothing() {
    counting.reset();
    Partnership saved = repository.save(PartnershipFixture.everything());

    Map<String, Integer> writes = counting.writes();
    assertTrue(writes.keySet().stream().allMatch(k -> k.startsWith("INSERT ")), writes::toString);
    assertEquals(1, writes.get("INSERT lsw_partnership"));
    assertEquals(saved.meetings().size(), writes.get("INSERT lsw_partnership_meeting"));
    assertEquals(saved.decisions().size(), writes.get("INSERT lsw_partnership_decision"));
    assertEquals(saved.memberships().size(), writes.get("INSERT lsw_partnership_membership"));
    assertEquals(saved, repository.findById(saved.id()).get());
  }

  @Test
  final void lists_that_shrink_grow_shift_and_reorder_are_stored_exactly() {
    Partnership stored = storedWithSeveralMeetingsAndDecisions();
    List<Person> persons = new ArrayList<>(stored.persons());
    Collections.reverse(persons);
    persons.add(Person.builder().id(PersonId.of(uuid(700))).name("Nowa Osoba")
        .position("asystentka").organisation(NGO).email(Optional.of("nowa@ngo.example")).build());
    Partnership edited = stored
        .withName("Praski Kokon (po zmianach)")
        .withFocusDomains(EnumSet.of(SocialServiceField.HOUSING, SocialServiceField.CULTURE))
        .withPersons(persons)
        .withMeetings(stored.meetings().subList(1, stored.meetings().size()))
        .withDecisions(List.of())
        .withTaskTeam(Optional.empty())
        .withNetworkWorkers(List.of(stored.networkWorkers().get(0)));

    counting.reset();
    Partnership saved = repository.save(edited);

    assertEquals(saved, repository.findById(stored.id()).get());
    Map<String, Integer> writes = counting.writes();
    assertNoWritesTo(writes, "lsw_partnership_membership", "lsw_partnership_matter",
        "lsw_partnership_steering_committee", "lsw_partnership_sc_member",
        "lsw_partnership_consortium", "lsw_partnership_coop_team", "lsw_partnership_territory");
    assertEquals(stored.decisions().size(), writes.get("DELETE lsw_partnership_decision"));
    assertEquals(1, writes.get("DELETE lsw_partnership_task_team"));

    Partnership restored = repository.save(stored.withVersion(saved.version()));

    assertEquals(restored, repository.findById(stored.id()).get());
    assertEquals(stored.withVersion(restored.version()), restored);
  }

  private static void assertNoWritesTo(Map<String, Integer> writes, String... tables) {
    Set<String> touched = new java.util.TreeSet<>();
    for (String key : writes.keySet()) {
      touched.add(key.substring(key.indexOf(' ') + 1));
    }
    for (String table : tables) {
      assertFalse(touched.contains(table), "no writes to " + table + ": " + writes);
    }
  }

  /**
   * The sample with every part filled in, then a third meeting and a decision taken at it
   * recorded by commands and saved: the state as stored, version 2.
   */
  private Partnership storedWithSeveralMeetingsAndDecisions() {
    Partnership first = repository.save(PartnershipFixture.everything());
    MeetingId third = MeetingId.of(uuid(580));
    Partnership p = ok(first.recordMeeting(chair(), third, MeetingDetails.builder().body(SC)
        .date(DAY.plusDays(14)).duration(Duration.ofHours(2)).chair(MAYOR).host(NGO)
        .attendees(List.of(MAYOR, NGO_HEAD)).agendaReference("agenda/3").minutesReference("minutes/3")
        .build(), NOW.plusSeconds(14 * 86_400)));
    p = ok(p.recordDecision(chair(), DecisionId.of(uuid(680)), DecisionProposal.builder()
        .meeting(third).date(DAY.plusDays(14)).subject("harmonogram dyżurów").kind(DecisionKind.OTHER)
        .proposer(MAYOR).positions(PartnershipFixture.decision(DecisionKind.OTHER, Position.ACCEPT,
            Position.ACCEPT, Position.ABSTAIN).positions()).build(),
        PartnershipFixture.RULES, PartnershipFixture::organisationName, NOW.plusSeconds(14 * 86_400)));
    repository.save(p);
    return repository.findById(p.id()).get();
  }
}
