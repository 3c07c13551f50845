package pl.lsw.core.initiative;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.organisation.Sector;
import pl.lsw.core.organisation.SocialServiceField;

/** Entries and drafts for the tests of the Map of Local Potentials. */
final class MapEntryFixtures {

  static final MapEntryId ID = MapEntryId.of(UUID.fromString("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b"));
  static final OrganisationId ORGANISATION =
      OrganisationId.of(UUID.fromString("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"));

  private MapEntryFixtures() {}

  /** A complete entry of the Bank: every one of the five fields present. */
  static MapEntry complete() {
    return MapEntry.builder()
        .id(ID)
        .name("Klub Rodzica przy SP 3")
        .implementer(Implementer.registered(ORGANISATION))
        .description("Spotkania rodziców dzieci w wieku szkolnym z psychologiem")
        .addressees(Set.of(TargetGroup.FAMILIES_WITH_CHILDREN, TargetGroup.PARENTS))
        .participationRules("Zapisy w sekretariacie szkoły, grupa do 12 osób")
        .fields(Set.of(SocialServiceField.FAMILY_SUPPORT))
        .place("Szkoła Podstawowa nr 3, ul. Szkolna 1")
        .schedule("Co drugi wtorek, 17:00–19:00")
        .access(AccessConditions.builder()
            .targetGroups(Set.of(TargetGroup.PARENTS))
            .territory(Set.of(pl.lsw.core.kernel.TerytCode.of("1465011")))
            .languages(Set.of("pl", "uk"))
            .capacity(12)
            .build())
        .source(EntrySource.INSIDE_LSW)
        .communityRole(CommunityRole.FOR_THE_COMMUNITY)
        .addedOn(LocalDate.of(2026, 10, 1))
        .lastVerifiedOn(LocalDate.of(2026, 11, 15))
        .build();
  }

  /** The draft of {@link #complete()}. */
  static MapEntryDraft completeDraft() {
    return MapEntryDraft.from(complete());
  }

  /** An outside implementer. */
  static Implementer parish() {
    return Implementer.outside("Parafia św. Jana", Sector.COMMUNITY_GROUP, "biuro@parafia.example.org")
        .get();
  }
}
