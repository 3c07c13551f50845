package pl.lsw.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.lsw.core.basket.ServiceBasketRepository;
import pl.lsw.core.evaluation.record.PartnershipEvaluationRepository;
import pl.lsw.core.family.SupportedFamilyRepository;
import pl.lsw.core.family.plan.IndividualPlanRepository;
import pl.lsw.core.financing.competition.CompetitionRepository;
import pl.lsw.core.financing.contract.ContractRepository;
import pl.lsw.core.financing.initiative.OwnInitiativeProposalRepository;
import pl.lsw.core.financing.programme.CooperationProgrammeRepository;
import pl.lsw.core.financing.smallgrant.SmallGrantRepository;
import pl.lsw.core.information.ContactBaseRepository;
import pl.lsw.core.information.DispatchRepository;
import pl.lsw.core.initiative.InitiativeBaseRepository;
import pl.lsw.core.kernel.CommandRecord;
import pl.lsw.core.kernel.DomainEvent;
import pl.lsw.core.kernel.OutboxEntry;
import pl.lsw.core.kernel.port.Outbox;
import pl.lsw.core.organisation.OrganisationRepository;
import pl.lsw.core.partnership.PartnershipRepository;
import pl.lsw.core.process.ProcessInstanceRepository;
import pl.lsw.core.store.port.LswStore;
import pl.lsw.store.jdbc.EventJson;

/**
 * Every event the example programs raise goes through the H2 store's outbox, as JSON, to the
 * publisher: each one read back from the database equals the event as it was raised. Every kind
 * of event the examples do not raise is then built from the values their events carry (the same
 * ids, teams, amounts and texts) and comes back from {@link EventJson} equal too, so every kind of
 * event the library has is covered.
 */
class StoredEventsTest {

  @TempDir
  static Path dir;

  private static final Map<UUID, DomainEvent> raised = new ConcurrentHashMap<>();
  private static final Set<UUID> readBack = ConcurrentHashMap.newKeySet();
  private static final List<String> different = Collections.synchronizedList(new ArrayList<>());

  @BeforeAll
  static void runTheExamplesOnAWatchedStore() throws Exception {
    ExampleLsw.storeWrapper = Watched::new;
    try {
      for (String example : List.of("registry", "partnership", "cooperation-model",
          "co-informing", "evaluation", "financing")) {
        ExampleOutput.run(example, "--db", dir.resolve(example).resolve("lsw").toString());
      }
    } finally {
      ExampleLsw.storeWrapper = UnaryOperator.identity();
    }
  }

  @Test
  void every_event_the_examples_raise_comes_back_from_the_database_equal() {
    assertEquals(List.of(), different);
    assertTrue(raised.size() > 100, "the examples raise many events: " + raised.size());
    assertEquals(raised.keySet(), readBack, "every event was read back to be delivered");
  }

  @Test
  void every_other_kind_of_event_built_from_the_same_values_comes_back_from_json_equal()
      throws Exception {
    Map<Class<?>, Object> values = new HashMap<>();
    raised.values().forEach(e -> harvest(e, values));
    values.putIfAbsent(pl.lsw.core.financing.GrantingBody.class, FinancingExample.PRESIDENT);
    Set<String> kinds = new TreeSet<>();
    raised.values().forEach(e -> kinds.add(e.getClass().getName()));
    List<String> others = allEventKinds().stream().filter(k -> !kinds.contains(k)).toList();

    List<String> failures = new ArrayList<>();
    for (String kind : others) {
      Class<?> type = Class.forName(kind);
      Object event = build(type, values);
      Object back = EventJson.readEvent(kind, EventJson.write(event));
      if (!event.equals(back)) {
        failures.add(event + " came back as " + back);
      }
    }
    assertEquals(List.of(), failures);
    assertTrue(others.size() < kinds.size(), "the examples raise most kinds: " + kinds.size()
        + " raised, " + others.size() + " built");
  }

  /** Collects every value an event carries, by its class, records and Immutables alike. */
  private static void harvest(Object value, Map<Class<?>, Object> values) {
    if (value == null || values.containsKey(value.getClass()) && !(value instanceof Collection<?>)) {
      return;
    }
    if (value instanceof Optional<?> o) {
      o.ifPresent(v -> harvest(v, values));
      return;
    }
    if (value instanceof Collection<?> items) {
      items.forEach(v -> harvest(v, values));
      return;
    }
    values.put(value.getClass(), value);
    if (!value.getClass().getName().startsWith("pl.lsw.")) {
      return;
    }
    for (Method m : value.getClass().getMethods()) {
      if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
          && m.getDeclaringClass().getName().startsWith("pl.lsw.")
          && m.getReturnType() != void.class) {
        try {
          harvest(m.invoke(value), values);
        } catch (ReflectiveOperationException | RuntimeException e) {
          // a derived accessor that needs more than the value has: not a carried value
        }
      }
    }
  }

  /** An event of the type from the canonical constructor, each component a harvested value. */
  private static Object build(Class<?> type, Map<Class<?>, Object> values) throws Exception {
    RecordComponent[] components = type.getRecordComponents();
    assertTrue(components != null, type + " is a record");
    Class<?>[] types = new Class<?>[components.length];
    Object[] arguments = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      arguments[i] = sample(components[i].getGenericType(), values, type);
    }
    Constructor<?> canonical = type.getDeclaredConstructor(types);
    canonical.setAccessible(true);
    return canonical.newInstance(arguments);
  }

  private static Object sample(Type declared, Map<Class<?>, Object> values, Class<?> owner) {
    if (declared instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Object element = sample(p.getActualTypeArguments()[0], values, owner);
      if (raw == Optional.class) {
        return Optional.of(element);
      }
      if (raw == List.class) {
        return List.of(element);
      }
      if (raw == Set.class) {
        return Set.of(element);
      }
      throw new AssertionError("no sample of " + declared + " for " + owner);
    }
    Class<?> raw = (Class<?>) declared;
    if (raw == int.class) {
      return 2;
    }
    if (raw == long.class) {
      return 3L;
    }
    if (raw == boolean.class) {
      return true;
    }
    if (raw.isEnum()) {
      return raw.getEnumConstants()[raw.getEnumConstants().length - 1];
    }
    for (Map.Entry<Class<?>, Object> value : values.entrySet()) {
      if (raw.isAssignableFrom(value.getKey())) {
        return value.getValue();
      }
    }
    if (raw.isRecord()) {
      try {
        return build(raw, values);
      } catch (Exception e) {
        throw new AssertionError("cannot build a " + raw.getName() + " for " + owner, e);
      }
    }
    throw new AssertionError("no example carries a " + raw.getName() + " for " + owner);
  }

  private static Set<String> allEventKinds() {
    Set<String> names = new TreeSet<>();
    for (JavaClass c : new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(location -> !location.contains("-tests.jar")
            && !location.contains("/test-classes/"))
        .importPackages("pl.lsw.core")) {
      if (c.isAssignableTo(DomainEvent.class) && !c.isInterface()
          && !c.getModifiers().contains(JavaModifier.ABSTRACT)) {
        names.add(c.getName());
      }
    }
    return names;
  }

  private static void compare(List<OutboxEntry> entries) {
    for (OutboxEntry entry : entries) {
      DomainEvent original = raised.get(entry.eventId());
      if (original == null) {
        continue;
      }
      readBack.add(entry.eventId());
      if (!original.equals(entry.event())) {
        different.add(original + " came back as " + entry.event());
      }
    }
  }

  /** The store, with its outbox watched. */
  private static final class Watched implements LswStore {
    private final LswStore store;
    private final Outbox outbox;

    Watched(LswStore store) {
      this.store = store;
      Outbox inner = store.outbox();
      this.outbox = new Outbox() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
          return inner.inTransaction(work);
        }

        @Override
        public List<OutboxEntry> append(List<OutboxEntry> entries, Optional<CommandRecord> command) {
          entries.forEach(e -> raised.put(e.eventId(), e.event()));
          return inner.append(entries, command);
        }

        @Override
        public Optional<CommandRecord> command(String key) {
          return inner.command(key);
        }

        @Override
        public List<OutboxEntry> entries(List<UUID> eventIds) {
          List<OutboxEntry> found = inner.entries(eventIds);
          compare(found);
          return found;
        }

        @Override
        public List<OutboxEntry> undelivered(long afterSequence, int limit) {
          List<OutboxEntry> found = inner.undelivered(afterSequence, limit);
          compare(found);
          return found;
        }

        @Override
        public long undeliveredCount() {
          return inner.undeliveredCount();
        }

        @Override
        public List<OutboxEntry> history(String aggregateId) {
          List<OutboxEntry> found = inner.history(aggregateId);
          compare(found);
          return found;
        }

        @Override
        public void markDelivered(List<UUID> eventIds, Instant at) {
          inner.markDelivered(eventIds, at);
        }

        @Override
        public void markFailed(UUID eventId, String error, Instant nextAttemptAt) {
          inner.markFailed(eventId, error, nextAttemptAt);
        }

        @Override
        public int makeDue(Instant now) {
          return inner.makeDue(now);
        }
      };
    }

    @Override
    public Outbox outbox() {
      return outbox;
    }

    @Override
    public OrganisationRepository organisations() {
      return store.organisations();
    }

    @Override
    public PartnershipRepository partnerships() {
      return store.partnerships();
    }

    @Override
    public ProcessInstanceRepository processes() {
      return store.processes();
    }

    @Override
    public SmallGrantRepository smallGrants() {
      return store.smallGrants();
    }

    @Override
    public CompetitionRepository competitions() {
      return store.competitions();
    }

    @Override
    public ContractRepository contracts() {
      return store.contracts();
    }

    @Override
    public OwnInitiativeProposalRepository ownInitiativeProposals() {
      return store.ownInitiativeProposals();
    }

    @Override
    public CooperationProgrammeRepository cooperationProgrammes() {
      return store.cooperationProgrammes();
    }

    @Override
    public InitiativeBaseRepository initiativeBases() {
      return store.initiativeBases();
    }

    @Override
    public ServiceBasketRepository serviceBaskets() {
      return store.serviceBaskets();
    }

    @Override
    public DispatchRepository dispatches() {
      return store.dispatches();
    }

    @Override
    public ContactBaseRepository contactBases() {
      return store.contactBases();
    }

    @Override
    public SupportedFamilyRepository supportedFamilies() {
      return store.supportedFamilies();
    }

    @Override
    public IndividualPlanRepository individualPlans() {
      return store.individualPlans();
    }

    @Override
    public PartnershipEvaluationRepository evaluations() {
      return store.evaluations();
    }
  }
}
