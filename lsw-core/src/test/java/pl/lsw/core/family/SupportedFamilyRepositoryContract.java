package pl.lsw.core.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.lsw.core.initiative.TargetGroup;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.organisation.SocialServiceField;
import pl.lsw.core.partnership.PartnershipId;

/**
 * The contract every {@link SupportedFamilyRepository} keeps. A store proves it with an empty
 * subclass that implements {@link #emptyRepository()}; the tests are {@code public final}. Each
 * test gets a fresh, empty repository.
 *
 * <p>A stored family comes back equal to what was saved, with every need and fact; saves are
 * checked against the version (optimistic locking); a partnership's families are listed by
 * reference.
 */
public abstract class SupportedFamilyRepositoryContract {

  /** The partnership of most families here. */
  public static final PartnershipId PARTNERSHIP = PartnershipId.of(new UUID(0x5f, 1));
  private static final PartnershipId OTHER = PartnershipId.of(new UUID(0x5f, 2));

  private SupportedFamilyRepository repository;

  /** A new, empty repository of the store under test, not shared with any other test. */
  protected abstract SupportedFamilyRepository emptyRepository();

  @BeforeEach
  final void createEmptyRepository() {
    repository = emptyRepository();
  }

  /** A family with nothing optional. */
  public static SupportedFamily minimal(String reference, PartnershipId partnership) {
    return SupportedFamily.builder().reference(FamilyReference.of(reference))
        .partnership(partnership).selectedOn(LocalDate.of(2026, 1, 5))
        .consentGivenOn(LocalDate.of(2026, 1, 6)).build();
  }

  /** A family with every part. */
  public static SupportedFamily full(String reference) {
    return SupportedFamily.builder().reference(FamilyReference.of(reference))
        .partnership(PARTNERSHIP).selectedOn(LocalDate.of(2025, 12, 1))
        .consentGivenOn(LocalDate.of(2025, 12, 2)).consentWithdrawnOn(LocalDate.of(2026, 6, 30))
        .needFields(EnumSet.of(SocialServiceField.FAMILY_SUPPORT, SocialServiceField.HOUSING))
        .targetGroups(Set.of(TargetGroup.CHILDREN, TargetGroup.MIGRANTS,
            TargetGroup.of("SINGLE_PARENTS", "rodzice samotni", "single parents")))
        .age(9).residenceUnit(TerytCode.of("1465088")).language("uk").referralHeld(true).build();
  }

  @Test
  public final void a_minimal_family_round_trips_with_its_empty_parts() {
    SupportedFamily saved = repository.save(minimal("R-1", PARTNERSHIP));

    assertEquals(1, saved.version());
    SupportedFamily found = repository.find(FamilyReference.of("R-1")).get();
    assertEquals(saved, found);
    assertTrue(found.needFields().isEmpty());
    assertTrue(found.age().isEmpty());
    assertTrue(found.residenceUnit().isEmpty());
    assertTrue(found.consentWithdrawnOn().isEmpty());
  }

  @Test
  public final void a_full_family_round_trips_with_every_need_and_fact() {
    SupportedFamily saved = repository.save(full("CUS/2026/117"));

    SupportedFamily found = repository.find(FamilyReference.of("CUS/2026/117")).get();
    assertEquals(saved, found);
    assertEquals(Optional.of(9), found.age());
    assertEquals(Optional.of("uk"), found.language());
    assertTrue(found.referralHeld());
    assertEquals(3, found.targetGroups().size());
  }

  @Test
  public final void a_save_at_the_stored_version_replaces_every_part_and_a_stale_one_is_refused() {
    SupportedFamily first = repository.save(full("R-2"));
    SupportedFamily changed = repository.save(first.withNeedFields(EnumSet.of(SocialServiceField.CULTURE))
        .withTargetGroups(Set.of()).withAge(Optional.empty()).withConsentWithdrawnOn(Optional.empty()));

    assertEquals(2, changed.version());
    assertEquals(changed, repository.find(FamilyReference.of("R-2")).get());
    assertThrows(VersionConflictException.class, () -> repository.save(first));
    assertThrows(VersionConflictException.class, () -> repository.save(full("R-2")));
    assertEquals(changed, repository.find(FamilyReference.of("R-2")).get());
  }

  @Test
  public final void the_families_of_a_partnership_are_listed_by_reference_and_no_others() {
    SupportedFamily b = repository.save(minimal("R-B2", PARTNERSHIP));
    SupportedFamily a = repository.save(full("R-A1"));
    repository.save(minimal("R-C3", OTHER));

    assertEquals(List.of(a, b), repository.findByPartnership(PARTNERSHIP));
    assertTrue(repository.find(FamilyReference.of("R-404")).isEmpty());
    assertTrue(repository.findByPartnership(PartnershipId.of(new UUID(1, 1))).isEmpty());
  }

  @Test
  public final void a_family_read_from_another_store_is_no_longer_stored_here() {
    SupportedFamily read = repository.save(full("R-9"));
    SupportedFamilyRepository elsewhere = emptyRepository();

    NoLongerStoredException e = assertThrows(NoLongerStoredException.class,
        () -> elsewhere.save(read));

    assertFalse(VersionConflictException.class.isInstance(e), "not a version conflict");
    assertEquals(read.reference().value(), e.id());
    assertEquals(1L, e.version());
    assertTrue(elsewhere.find(read.reference()).isEmpty(), "nothing is stored");
  }
}
