package pl.lsw.store.jdbc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import pl.lsw.core.initiative.AccessConditions;
import pl.lsw.core.initiative.Action;
import pl.lsw.core.initiative.ActionId;
import pl.lsw.core.initiative.ActionStatus;
import pl.lsw.core.initiative.CommunityRole;
import pl.lsw.core.initiative.ConsortiumReport;
import pl.lsw.core.initiative.EntrySource;
import pl.lsw.core.initiative.Implementer;
import pl.lsw.core.initiative.InitiativeBase;
import pl.lsw.core.initiative.MapEntry;
import pl.lsw.core.initiative.MapEntryId;
import pl.lsw.core.initiative.ParticipantCost;
import pl.lsw.core.initiative.Recommendation;
import pl.lsw.core.initiative.ReferralRule;
import pl.lsw.core.initiative.TargetGroup;
import pl.lsw.core.initiative.VerificationRound;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.kernel.history.FieldChange;
import pl.lsw.core.kernel.history.History;
import pl.lsw.core.kernel.history.Revision;
import pl.lsw.core.organisation.ContactPerson;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.organisation.Sector;
import pl.lsw.core.organisation.SocialServiceField;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.partnership.governance.BodyId;
import pl.lsw.core.partnership.governance.DecisionId;
import pl.lsw.core.partnership.governance.MeetingId;
import pl.lsw.core.partnership.governance.PersonId;

/** Co-informing bases with every part, for the JDBC store's own tests. */
final class InitiativeBaseSamples {

  static final PersonId MANAGER = PersonId.of(new UUID(0x1B, 1));
  static final Instant AT = Instant.parse("2026-11-20T10:15:30.123456789Z");

  private InitiativeBaseSamples() {}

  static MapEntryId entryId(int n) {
    return MapEntryId.of(new UUID(0x1B00, n));
  }

  static ActionId actionId(int n) {
    return ActionId.of(new UUID(0x1BA0, n));
  }

  /** An entry with every field, its implementer registered for even numbers, outside for odd. */
  static MapEntry entry(int n) {
    Implementer implementer = n % 2 == 0
        ? Implementer.registered(OrganisationId.of(new UUID(0x1B0, n)))
        : Implementer.outside("Parafia św. Jana " + n, Sector.COMMUNITY_GROUP,
            "biuro@parafia.example.org").get();
    return MapEntry.builder()
        .id(entryId(n))
        .name("Klub Rodzica nr " + n)
        .implementer(implementer)
        .description("Spotkania rodziców z psychologiem")
        .addressees(Set.of(TargetGroup.PARENTS,
            TargetGroup.of("ROMA_FAMILIES", "rodziny romskie", "Roma families")))
        .participationRules("Zapisy w sekretariacie")
        .serviceConditions("Prowadzi psycholog")
        .fields(Set.of(SocialServiceField.FAMILY_SUPPORT))
        .place("SP " + n)
        .schedule("wtorki 17:00")
        .access(AccessConditions.builder()
            .minAge(6).maxAge(13)
            .targetGroups(Set.of(TargetGroup.CHILDREN))
            .territory(Set.of(TerytCode.of("1465011"), TerytCode.of("1465028")))
            .referral(ReferralRule.REFERRAL_REQUIRED)
            .cost(ParticipantCost.FEE)
            .fee(Money.of("20.05"))
            .languages(List.of("pl", "uk"))
            .capacity(12)
            .description("Skierowanie z CUS")
            .build())
        .contacts(List.of(ContactPerson.builder().name("Anna Nowak").role("koordynatorka")
            .email("a.nowak@sp3.example.org").build(),
            ContactPerson.builder().name("Jan Kos").role("psycholog").phone("501 234 567").build()))
        .source(EntrySource.INSIDE_LSW)
        .communityRole(CommunityRole.FOR_THE_COMMUNITY)
        .addedOn(LocalDate.of(2026, 10, 1))
        .lastVerifiedOn(LocalDate.of(2026, 11, 15))
        .build();
  }

  static Revision revision(int n) {
    return new Revision(AT.plusSeconds(n), "person:" + MANAGER + "/TASK_TEAM_MANAGER",
        "entry:" + entryId(n), "ENTRY_CHANGED",
        List.of(FieldChange.of("place", "SP " + n, null), FieldChange.of("schedule", null, "śr")));
  }

  /** Bases of {@code entries} entries, the first two in the Bank, an action, a round, history. */
  static InitiativeBase full(PartnershipId partnership, int entries) {
    List<MapEntry> all = new ArrayList<>();
    List<Revision> revisions = new ArrayList<>();
    for (int n = 0; n < entries; n++) {
      all.add(entry(n));
      revisions.add(revision(n));
    }
    return InitiativeBase.builder()
        .partnership(partnership)
        .entries(all)
        .addRecommendations(new Recommendation(entryId(0), LocalDate.of(2026, 10, 5), MANAGER,
            Optional.of(MeetingId.of(new UUID(0x1BE, 1)))),
            new Recommendation(entryId(1), LocalDate.of(2026, 10, 6), MANAGER, Optional.empty()))
        .addActions(new Action(actionId(0), entryId(0), "Klub Rodzica — jesień",
            BodyId.of(new UUID(0x1BC, 1)), ActionStatus.RUNNING, LocalDate.of(2026, 10, 10),
            LocalDate.of(2026, 10, 12), Optional.of(LocalDate.of(2026, 11, 20)),
            Optional.of(new ConsortiumReport(LocalDate.of(2026, 11, 25), ActionStatus.SUSPENDED))),
            new Action(actionId(1), entryId(1), "Świetlica", BodyId.of(new UUID(0x1BC, 1)),
                ActionStatus.PLANNED, LocalDate.of(2026, 10, 11), LocalDate.of(2026, 10, 11),
                Optional.empty(), Optional.empty()))
        .addRounds(new VerificationRound(LocalDate.of(2026, 11, 20),
            "person:" + MANAGER + "/TASK_TEAM_MANAGER", List.of(entryId(0), entryId(1)),
            List.of(actionId(0)), List.of("Kontynuować", "Dodać grupę sobotnią"),
            Optional.of(DecisionId.of(new UUID(0x1BD, 1)))))
        .history(new History(revisions))
        .build();
  }
}
