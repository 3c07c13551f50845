package pl.lsw.core.family;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.partnership.PartnershipId;

/** A simple in-memory repository of supported families for the core's tests. */
public class InMemoryFamilies implements SupportedFamilyRepository {

  private final Map<FamilyReference, SupportedFamily> stored = new HashMap<>();

  @Override
  public synchronized SupportedFamily save(SupportedFamily family) {
    SupportedFamily previous = stored.get(family.reference());
    long version = previous == null ? 0 : previous.version();
    if ((previous == null) != (family.version() == 0) || version != family.version()) {
      throw new VersionConflictException("SupportedFamily", family.reference().value(),
          family.version());
    }
    SupportedFamily saved = family.withVersion(family.version() + 1);
    stored.put(saved.reference(), saved);
    return saved;
  }

  @Override
  public synchronized Optional<SupportedFamily> find(FamilyReference reference) {
    return Optional.ofNullable(stored.get(reference));
  }

  @Override
  public synchronized List<SupportedFamily> findByPartnership(PartnershipId partnership) {
    return stored.values().stream().filter(f -> f.partnership().equals(partnership))
        .sorted(Comparator.comparing(SupportedFamily::reference)).toList();
  }
}
