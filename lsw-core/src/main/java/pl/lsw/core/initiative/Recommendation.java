package pl.lsw.core.initiative;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import pl.lsw.core.partnership.governance.MeetingId;
import pl.lsw.core.partnership.governance.PersonId;

/**
 * The Task Team's recommendation of an entry of the Map of Local Potentials into the Initiative
 * Bank (rule {@code INI-RECOMMENDATION}): which entry, on which day, by whom, and at which Task
 * Team meeting if it was recorded.
 *
 * <p>Immutable. Polish: <i>rekomendacja do Banku Inicjatyw</i>.
 *
 * @param entry the recommended entry
 * @param recommendedOn the day of the recommendation
 * @param by the Task Team's person who recorded it
 * @param meeting the Task Team meeting where it was decided, if recorded
 */
public record Recommendation(MapEntryId entry, LocalDate recommendedOn, PersonId by,
    Optional<MeetingId> meeting) {

  /** Refuses nulls. */
  public Recommendation {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(recommendedOn, "recommendedOn");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(meeting, "meeting");
  }
}
